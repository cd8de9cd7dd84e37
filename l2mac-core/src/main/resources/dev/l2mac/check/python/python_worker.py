# A fork server for one Python tool, pytest or pylint (argv[1]), so that each check skips the tool's start-up.
# argv: the tool, a writable scratch directory, the most output bytes kept, and the idle seconds before it exits.
# It imports the tool and runs it once on a scratch file (argv[2] is a writable directory), which loads the tool's
# plugins and, for pylint, the standard-library modules most code imports. It then prints {"ready": true}.
# Each request line is JSON {"args": [...]}; a forked child runs the tool with those arguments, its output going to a
# file, and the answer line is {"exit": code, "output": "..."}. The child starts a session of its own; the worker is
# a child subreaper, so every process a check leaves behind is reparented here and killed once the child ends.
# The workspace's modules are only ever imported in children, so every check sees the files as they are now.
import os
import sys

# The workspace is the working directory: none of its files may shadow a module the worker imports for itself.
WORKSPACE = os.getcwd()
sys.path[:] = [entry for entry in sys.path if entry not in ("", ".", WORKSPACE)]

import contextlib  # noqa: E402 (after the path is cleaned)
import ctypes  # noqa: E402
import gc  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import select  # noqa: E402
import signal  # noqa: E402
PR_SET_CHILD_SUBREAPER = 36
MAX_OUTPUT_BYTES = int(sys.argv[3])
# A worker nobody asks anything for this long exits; the next check starts another.
IDLE_SECONDS = float(sys.argv[4])
kind = sys.argv[1]
scratch = sys.argv[2]


def warm_up():
    sample = os.path.join(scratch, "test_warm_up.py")
    with open(sample, "w") as handle:
        handle.write("import collections, dataclasses, datetime, enum, functools, itertools, json, math, os, re\n"
                     "import typing, unittest\n\n\ndef test_warm_up():\n    assert 1 == 1\n")
    samples = [sample]
    if kind == "pytest":
        cache_statement_ranges()
        # A module that fails to import: pytest then shows its traceback through the import machinery, whose
        # statement ranges stay cached for every check's children.
        broken = os.path.join(scratch, "test_warm_up_import.py")
        with open(broken, "w") as handle:
            handle.write("import l2mac_warm_up_missing_module\n")
        samples.append(broken)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        run_tool(samples + ["-p", "no:cacheprovider", "-q"] if kind == "pytest" else ["--errors-only", sample])
    for path in samples:
        os.remove(path)


def cache_statement_ranges():
    """pytest finds the statement around each traceback line by parsing and walking the whole source file, again for
    every traceback it shows. The answer depends only on the file's text and the line, so it is kept: children
    inherit what the worker computed for the files every check's tracebacks pass through (pytest's own, importlib)."""
    try:
        from _pytest._code import code, source
        original = source.getstatementrange_ast
    except (ImportError, AttributeError):
        return
    ranges = {}

    def cached(lineno, text, assertion=False, astnode=None):
        key = (str(text), lineno, assertion)
        found = ranges.get(key)
        if found is None:
            found = ranges[key] = original(lineno, text, assertion, astnode)
        return found

    code.getstatementrange_ast = cached
    source.getstatementrange_ast = cached


def run_tool(args):
    if kind == "pytest":
        import pytest
        return int(pytest.main(args))
    from pylint.lint import Run
    return Run(args, exit=False).linter.msg_status


def descendants():
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    found, stack = [], [os.getpid()]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def kill_leftovers():
    for pid in descendants():
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG) != (0, 0):
            pass


def serve(request):
    output_file = os.path.join(scratch, "output-%d.txt" % os.getpid())
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fd = os.open(output_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        if kind == "pytest":
            sys.path.insert(0, WORKSPACE)  # as "python3 -m pytest" has it
        code = 70
        try:
            code = run_tool(request["args"])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        except BaseException as error:
            print("the check crashed: %r" % (error,))
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    kill_leftovers()
    with open(output_file, "rb") as handle:
        output = handle.read(MAX_OUTPUT_BYTES).decode("utf-8", "replace")
    os.remove(output_file)
    return {"exit": os.waitstatus_to_exitcode(status), "output": output}


def main():
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    try:
        warm_up()
    except BaseException as error:
        print(json.dumps({"error": "%s could not start: %r" % (kind, error)}), flush=True)
        return
    # Everything loaded so far lives as long as the worker: moved out of the collector's sight, a child's garbage
    # collections (pytest runs several at the end of a session) scan only what the check itself allocates.
    gc.freeze()
    print(json.dumps({"ready": True}), flush=True)
    while select.select([sys.stdin], [], [], IDLE_SECONDS)[0]:
        line = sys.stdin.readline()
        if not line:
            return
        print(json.dumps(serve(json.loads(line))), flush=True)


main()
