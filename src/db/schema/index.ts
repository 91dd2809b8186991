export * from './reference.ts';
export * from './org.ts';
export * from './access.ts';
export * from './platform.ts';
export * from './behovsmelding.ts';
export * from './questionnaire.ts';
export * from './forum.ts';
export * from './tilsagn.ts';
