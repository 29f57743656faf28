export * from './accounts.js';
export * from './api.js';
export * from './categories.js';
export * from './classification.js';
export * from './mentions.js';
export * from './roles.js';
export * from './sources.js';
export * from './trends.js';
