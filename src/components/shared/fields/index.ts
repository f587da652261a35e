/** The field kit: one shell (label, control, hint, counter, error) and the fields built on it. */
export type { FieldForm, FormValues } from './form-types.js';
export { renderShell, type ControlProps, type FieldName, type ShellOptions, type ShellParts } from './shell.js';
export { textField, textareaField, textOf, type TextFieldOptions, type TextareaFieldOptions } from './text.js';
export { checkboxField, switchField, selectField, selectValue, type CheckboxFieldOptions, type SelectFieldOptions, type SelectOption } from './choice.js';
export { passwordField, type PasswordFieldOptions } from './password.js';
export { codeField, codeDigits, CODE_LENGTH, type CodeFieldOptions } from './code.js';
export { codePoints, countText, type TextCount } from './counter.js';
export { PhoneField, type PhoneFieldConfig, type PhoneRenderOptions } from './phone-field.js';
export { regionField, type RegionFieldOptions } from './region.js';
export { timeZoneField, type TimeZoneFieldOptions } from './time-zone.js';
export { amountInput, formatAmount, moneyField, moneyFormat, parseAmount, type MoneyFieldOptions, type MoneyFormat } from './money.js';
export { countryOptions, diallingOptions, languageOptions, timeZoneOptions, regionOfLocale, type ChoiceOption } from './options.js';
