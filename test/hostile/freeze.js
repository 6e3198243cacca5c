// Frozen intrinsics, as hardened pages (SES-style lockdown) do; the elements must not need to patch them.
for (const C of [
  Object,
  Array,
  Function,
  String,
  Number,
  Boolean,
  Promise,
  Map,
  Set,
  WeakMap,
  JSON,
  Math,
  Reflect,
  Intl,
  Date,
  RegExp,
  Error,
]) {
  Object.freeze(C);
  if (C.prototype) Object.freeze(C.prototype);
}
window.frozen = Object.isFrozen(Array.prototype);
