package org.limbic.compile;

import java.util.HashMap;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.math.FunctionInliner;
import org.limbic.math.Lambda;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/** Lowers a model expression: inlines functions, replaces local parameters by their values and symbols by slot reads. */
final class ExpressionLowering {

  private final Model model;
  private final SlotAllocation slots;
  private final FunctionInliner functions;

  ExpressionLowering(Model model, SlotAllocation slots) {
    this.model = model;
    this.slots = slots;
    Map<String, Lambda> definitions = new HashMap<>();
    model.functions().forEach(f -> definitions.put(f.id(), new Lambda(f.parameters(), f.body())));
    this.functions = new FunctionInliner(definitions);
  }

  Expr lower(Expr e) {
    return lower(e, Map.of());
  }

  Expr lower(Expr e, Map<String, Double> localParameters) {
    Expr inlined = functions.inline(e);
    return Rewriting.substitute(inlined, name -> {
      Double local = localParameters.get(name);
      if (local != null) {
        return new Expr.Num(local);
      }
      Expr read = slots.loweredRead(name);
      if (read == null) {
        throw new ModelException(name, "symbol has no value in model '" + model.id() + "'");
      }
      return read;
    });
  }
}
