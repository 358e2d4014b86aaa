// The failures of opening and loading the application that the adapters tell apart (exit code 1 with one line).

export { DatabaseError } from '../db/connection.ts';
export { BundleError } from '../sources/bundle/csv.ts';
