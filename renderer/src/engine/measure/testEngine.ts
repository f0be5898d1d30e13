// Engine for this folder's tests. TEMPORARY: scratch adapter until nodeEngine lands.
export { scratchEngine as makeTestEngine } from './scratchEngine';
