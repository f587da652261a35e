// The field kit lives in `fields/`; elements written before it import these from here.
export { selectField, textField, type SelectOption, type TextFieldOptions as FieldOptions } from './fields/index.js';
