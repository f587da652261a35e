import { defineAll } from './define-all.js';

defineAll();
