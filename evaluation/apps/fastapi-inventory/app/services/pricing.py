import ast
import operator
from decimal import Decimal

_ALLOWED = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def preview(formula: str, unit_cost: Decimal, quantity: int) -> float:
    scope = {"unit_cost": float(unit_cost), "quantity": quantity}
    return float(eval(formula, {"__builtins__": {}}, scope))  # vuln: code-injection


def evaluate_safely(formula: str, unit_cost: Decimal, quantity: int) -> float:
    names = {"unit_cost": float(unit_cost), "quantity": quantity}

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _ALLOWED:
            return _ALLOWED[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return float(walk(ast.parse(formula, mode="eval")))
