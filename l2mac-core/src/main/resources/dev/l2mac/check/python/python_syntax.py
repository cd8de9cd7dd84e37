# Parses each Python file named on the command line without running it, and prints one line per syntax error:
#   L2MAC_FINDING {"file": ..., "line": ..., "col": ..., "msg": ...}
# argv[1] is the most findings to print; a final "L2MAC_MORE <n>" counts the ones left out.
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")
limit = int(sys.argv[1])
found = 0
for path in sys.argv[2:]:
    try:
        with open(path, "rb") as handle:
            source = handle.read()
        compile(source, path, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        continue
    except SyntaxError as error:
        finding = {"file": path, "line": error.lineno or 0, "col": error.offset or 0, "msg": error.msg}
    except (ValueError, UnicodeDecodeError, OSError) as error:
        finding = {"file": path, "line": 0, "col": 0, "msg": str(error)}
    found += 1
    if found <= limit:
        print("L2MAC_FINDING " + json.dumps(finding), flush=True)
if found > limit:
    print("L2MAC_MORE %d" % (found - limit), flush=True)
