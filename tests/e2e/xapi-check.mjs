// The independent xAPI statement validator the tests use (xapi-valid.spec.mjs on every shape
// the app's builder makes, lrs.spec.mjs on what the app really sent): Learning Locker's
// @learninglocker/xapi-validation 3.0.0, pinned in package.json.
import validation from '@learninglocker/xapi-validation';

const validate = validation.default ?? validation;

/** The validator's findings for `statement`, each as "<kind> at <path>" (empty: valid). */
export function xapiProblems(statement) {
  return validate(statement).map((w) => `${w.constructor.name} at ${(w.path ?? []).join('.')}`);
}
