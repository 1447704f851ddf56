// The database's tables, as Kysely sees them. Each area declares its own tables in
// store/tables/<area>.ts by augmenting this interface, so areas do not edit one file.
// Conventions shared by both dialects: times are epoch milliseconds (BIGINT), money is
// integer minor units (BIGINT), booleans are 0/1 integers, JSON is TEXT.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
