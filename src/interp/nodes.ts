// The executable tree the compiler builds from the AST and the run loop walks (ARCHITECTURE.md,
// decision 2). One node class with an integer opcode, so every node has the same shape; a node's
// continuations (the points where evaluation resumes after a child finished) are pre-built nodes
// too, so the frame's control stack is a plain array of nodes.

import type { PyValue } from "../runtime/object.js";
import type { Frame } from "./frame.js";

/** Returned by a fast closure that cannot finish without the machine (nothing was changed). */
export const GIVE_UP: unique symbol = Symbol("give up");
export type FastResult = PyValue | typeof GIVE_UP;
/** A closure for a call-free subexpression: a new reference, or GIVE_UP before any side effect. */
export type FastFn = (f: Frame) => FastResult;
/** A closure for a whole simple statement: true when done, false to fall back to the machine. */
export type FastStmt = (f: Frame) => boolean;

export const enum OP {
  // ---- expressions evaluated by the generic "children, then apply" scheme ----
  EVAL = 0,
  // leaves with their own ops
  CONST,
  LOAD_FAST,
  LOAD_DEREF,
  LOAD_GLOBAL,
  LOAD_NAME,
  LOAD_CLASSDEREF,
  LOAD_METHOD, // call helper: pops obj, pushes [func, self] or [EMPTY, attr]
  // control expressions
  BOOLOP,
  BOOLOP_K,
  IFEXP,
  IFEXP_K,
  COMPARE_CHAIN,
  COMPARE_CHAIN_K,
  NAMED_EXPR,
  NAMED_EXPR_K,
  YIELD_FROM_K,
  AWAIT_K,
  INIT_CHECK, // after an in-machine __init__ call: drop its None result, keep the instance
  DUNDER_RESULT, // after an in-machine operator method call: [a, b, result] (NotImplemented falls back)
  // ---- statements ----
  BLOCK,
  EXPR_STMT,
  EXPR_STMT_K,
  ASSIGN,
  ASSIGN_K,
  STORE, // pops a value and stores it into target node `a`
  STORE_K,
  AUGASSIGN,
  AUGASSIGN_K,
  DELETE,
  DELETE_K,
  IF,
  IF_K,
  WHILE,
  WHILE_K,
  FOR,
  FOR_K,
  FOR_NEXT,
  FOR_BIND,
  BREAK,
  CONTINUE,
  RETURN,
  RETURN_K,
  RAISE,
  RAISE_K,
  TRY,
  TRY_END,
  EXCEPT_MARK,
  EXCEPT_MATCH,
  EXCEPT_MATCH_K,
  EXCEPT_BODY_MARK,
  EXCEPT_BODY_END,
  FINALLY_MARK,
  FINALLY_END,
  WITH,
  WITH_K,
  WITH_MARK,
  WITH_END,
  ASSERT,
  ASSERT_K,
  IMPORT,
  IMPORT_FROM,
  DEF,
  DEF_K,
  CLASS,
  CLASS_K,
  MATCH,
  MATCH_K,
  NOP,
  ANNASSIGN,
  ANNASSIGN_K,
  EXCEPT_STAR_END,
  TRACE_LINE, // emits a line event when a tracer is set
}

/** What an EVAL node does once its children's values are on the stack. */
export const enum APPLY {
  BINOP = 0,
  UNARY,
  COMPARE,
  SUBSCR,
  ATTR,
  TUPLE,
  LIST,
  SET,
  DICT,
  CALL,
  CALL_EX,
  SLICE,
  FORMAT,
  JOINSTR,
  STARRED_TUPLE, // build a tuple from items, some of them starred (node.x: boolean[] starred)
  STARRED_LIST,
  STARRED_SET,
  DICT_MERGE, // build a dict from pairs and ** mappings (node.x: boolean[] isMapping)
  YIELD,
  YIELD_FROM,
  AWAIT,
  LAMBDA,
  COMPREHENSION,
  NOT,
  GET_ITER,
  CLASS_CELL,
  /** leave the children's values on the stack, first value on top (a, b = x, y) */
  SPREAD,
}

export class Node {
  op: OP;
  /** for EVAL nodes: the apply kind; otherwise op-specific */
  j: number;
  a: Node | null;
  b: Node | null;
  c: Node | null;
  kids: Node[];
  /** continuation nodes; k[p] resumes this node at phase p */
  k: Node[];
  /** for continuation nodes: the node they resume */
  parent: Node;
  i: number;
  s: string;
  v: PyValue | null;
  x: unknown;
  fast: FastFn | null;
  fastStmt: FastStmt | null;
  line: number;
  col: number;
  endLine: number;
  endCol: number;

  constructor(op: OP, line: number, col: number, endLine: number, endCol: number) {
    this.op = op;
    this.j = 0;
    this.a = null;
    this.b = null;
    this.c = null;
    this.kids = EMPTY_KIDS;
    this.k = EMPTY_KIDS;
    this.parent = this;
    this.i = 0;
    this.s = "";
    this.v = null;
    this.x = null;
    this.fast = null;
    this.fastStmt = null;
    this.line = line;
    this.col = col;
    this.endLine = endLine;
    this.endCol = endCol;
  }

  /** A continuation of this node at `phase`, sharing its position (for tracebacks). */
  cont(op: OP, phase: number): Node {
    const k = new Node(op, this.line, this.col, this.endLine, this.endCol);
    k.parent = this;
    k.i = phase;
    return k;
  }
}

const EMPTY_KIDS: Node[] = [];

/** Node.s of the RETURN a body ends with when its code does not return (no line of its own). */
export const IMPLICIT_RETURN = "<implicit return>";
