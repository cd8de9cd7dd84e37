"""Judges a candidate by its outputs, as EvalPlus does: the reference solution's outputs on the task's inputs are
the expected ones, and the candidate must give an equal output on every input.

Usage: python3 outputs.py TASK_FILE CANDIDATE_FILE
TASK_FILE holds {"marker", "comparison", "row"}: row is the EvalPlus data row (entry_point, canonical_solution,
base_input, plus_input, atol). It is read and deleted before the candidate is loaded. The marker is printed only when
every output matched; any mismatch or error exits with status 1 and says which input.
"""
import contextlib
import copy
import json
import math
import os
import runpy
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        task = json.load(f)
    os.remove(path)
    return task


def define(source, name):
    namespace = {"__name__": name}
    exec(compile(source, name + ".py", "exec"), namespace)
    return namespace


def call_all(function, inputs):
    outputs = []
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        for arguments in inputs:
            outputs.append(function(*copy.deepcopy(arguments)))
    return outputs


def is_floats(value):
    if isinstance(value, float):
        return True
    if isinstance(value, (list, tuple)) and value:
        return all(isinstance(v, float) for v in value)
    return False


def close(out, exp, atol):
    """Within atol + 1e-7 relative, element by element, and of the same shape and type."""
    if type(out) is not type(exp) and not (isinstance(out, (int, float)) and isinstance(exp, (int, float))
                                           and not isinstance(out, bool) and not isinstance(exp, bool)):
        return False
    if isinstance(exp, (list, tuple)):
        return len(out) == len(exp) and all(close(o, e, atol) for o, e in zip(out, exp))
    if isinstance(exp, (int, float)) and not isinstance(exp, bool):
        if math.isnan(exp) or math.isnan(out):
            return math.isnan(exp) and math.isnan(out)
        return abs(out - exp) <= atol + 1e-7 * abs(exp)
    return out == exp


def matches(out, exp, comparison, atol):
    if comparison == "not-none":
        # The reference returns a match object or None; only whether something matched is compared.
        return out == exp if isinstance(out, bool) else exp == (out is not None)
    try:
        if out == exp:
            return True
    except Exception:
        return False
    if atol == 0 and is_floats(exp):
        atol = 1e-6
    return atol != 0 and close(out, exp, atol)


def main():
    task = load(sys.argv[1])
    row = task["row"]
    comparison = task["comparison"]
    entry_point = row["entry_point"]
    atol = row["atol"]
    inputs = row["base_input"] + row["plus_input"]
    expected = call_all(define(row["canonical_solution"], "reference")[entry_point], inputs)
    if comparison == "not-none":
        expected = [e is not None for e in expected]
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        candidate = runpy.run_path(sys.argv[2], run_name="candidate")
    if entry_point not in candidate or not callable(candidate[entry_point]):
        sys.exit("the candidate defines no function " + entry_point)
    function = candidate[entry_point]
    for index, (arguments, exp) in enumerate(zip(inputs, expected)):
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            out = function(*copy.deepcopy(arguments))
        if not matches(out, exp, comparison, atol):
            sys.exit("input #%d of %d %.200r: expected %.200r, got %.200r"
                     % (index + 1, len(inputs), arguments, exp, out))
    print(task["marker"])


if __name__ == "__main__":
    main()
