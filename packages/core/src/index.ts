export * from './errors/domain-error.ts';
export * from './i18n/messages.ts';
export * from './demo/seeded-random.ts';
export * from './demo/demo-measures.ts';
export * from './measures/measure.ts';
export * from './overview/overview.ts';
export * from './overview/product-area.ts';
