/** The feedback vocabulary: notices, the form-level error, the permission gate and the state panels. */
export { renderNotice, type Notice, type NoticeOptions, type NoticeTone } from './notice.js';
export { renderFormError, type FormErrorOptions } from './form-error.js';
export { renderGate, type GateOptions, type GatedPermission } from './gate.js';
export { renderDenied, renderEmpty, renderError, renderLoading, renderTask, type AsyncViews } from './states.js';
