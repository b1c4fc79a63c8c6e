export * from './database.ts';
export * from './data-directory-lock.ts';
export * from './migrator.ts';
export * from './app-meta/app-meta.repository.ts';
export * from './measure/measure.repository.ts';
export * from './demo/demo-loader.ts';
export * from './overview/overview.repository.ts';
export * from './public-data/public-data-loader.ts';
