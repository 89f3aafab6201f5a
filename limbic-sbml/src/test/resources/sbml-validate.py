#!/usr/bin/env python3
"""Validates SBML files with libSBML's consistency checks (libSBML's own validator, an independent
reference for what Limbic's exporter writes).

    /usr/bin/python3 sbml-validate.py [--units] [--quiet] [--each] FILE...

Prints one line per problem, "FILE: SEVERITY CODE (category) line L: message", then the summary
"N files, E errors, W warnings". Exits 1 when any file has an error or a fatal error, 2 on bad usage
or when libSBML is missing (Debian: apt-get install -y python3-sbml5, then use /usr/bin/python3,
which sees Debian's dist-packages; a pyenv python3 does not).

Unit consistency checks are off unless --units is given: Limbic models carry unit text that the
exporter maps to SBML unit definitions only where it parses, so unit checks would report what the
model never claimed. Modeling-practice checks (warnings only) are off too.

--each prints "FILE: checked" after each file, flushed, so that a caller knows which file was being
read when libSBML crashed (it does, with a segmentation fault, on some malformed files).
"""
import sys

try:
    import libsbml
except ImportError:
    sys.stderr.write("sbml-validate: libSBML's Python bindings are missing "
                     "(Debian: apt-get install -y python3-sbml5; run with /usr/bin/python3)\n")
    sys.exit(2)


def validate(path, units, quiet):
    """Returns (errors, warnings) for one file, printing each problem unless quiet."""
    document = libsbml.readSBMLFromFile(path)
    document.setConsistencyChecks(libsbml.LIBSBML_CAT_UNITS_CONSISTENCY, units)
    document.setConsistencyChecks(libsbml.LIBSBML_CAT_MODELING_PRACTICE, False)
    if document.getNumErrors(libsbml.LIBSBML_SEV_ERROR) + document.getNumErrors(libsbml.LIBSBML_SEV_FATAL) == 0:
        document.checkConsistency()
    errors = warnings = 0
    for i in range(document.getNumErrors()):
        problem = document.getError(i)
        if problem.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
            errors += 1
        else:
            warnings += 1
        if not quiet or problem.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
            message = " ".join(problem.getMessage().split())
            print("%s: %s %d (%s) line %d: %s" % (path, problem.getSeverityAsString(), problem.getErrorId(),
                                                  problem.getCategoryAsString(), problem.getLine(), message))
    return errors, warnings


def main(argv):
    units = "--units" in argv
    quiet = "--quiet" in argv
    each = "--each" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        sys.stderr.write(__doc__)
        return 2
    errors = warnings = 0
    for path in files:
        e, w = validate(path, units, quiet)
        errors += e
        warnings += w
        if each:
            print("%s: checked" % path, flush=True)
    print("%d files, %d errors, %d warnings" % (len(files), errors, warnings))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
