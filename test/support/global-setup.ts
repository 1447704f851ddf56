// Says plainly which store this run covers.
export default function setup() {
  const url = process.env.VPP_TEST_DATABASE_URL;
  if (url) {
    process.stdout.write(`\nvpp tests: running on PostgreSQL (${url.replace(/:[^:@/]*@/, ':***@')}), one schema per app.\n\n`);
  } else {
    process.stdout.write(
      '\nvpp tests: running on embedded SQLite. The PostgreSQL run was NOT done: set VPP_TEST_DATABASE_URL=postgres://… to run the same suite on PostgreSQL.\n\n',
    );
  }
}
