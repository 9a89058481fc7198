// The values a `Constant` node can hold. Python's literal values need more distinctions than JS
// values make (1 vs 1.0, str vs bytes, 1j), so the ones JS cannot tell apart get small wrappers.
// ints are JS numbers when they are safe integers and bigints beyond that.

export class FloatConst {
  constructor(readonly value: number) {}
}

/** An imaginary literal such as `2.5j`: the parser never produces a non-zero real part. */
export class ComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

export class BytesConst {
  constructor(readonly bytes: Uint8Array) {}
}

export class EllipsisConst {
  private constructor() {}
  static readonly instance = new EllipsisConst();
}

export type ConstantValue = null | boolean | number | bigint | string | FloatConst | ComplexConst | BytesConst | EllipsisConst;
