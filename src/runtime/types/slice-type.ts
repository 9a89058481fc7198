// Placeholder: this type's methods are being written; until then the type has only what
// object provides.

export function initSliceType(): void {}
