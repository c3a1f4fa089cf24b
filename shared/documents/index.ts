export * from './selfAnalysis';
export * from './types';
export * from './chineseDate';
