package io.creditdesk.ingest.imports;

/** Every test of {@link ImportConsistencyTest} with imports that upsert in one transaction also into an empty order_line. */
class ImportConsistencyOnTheMergePathTest extends ImportConsistencyTest {
    @Override
    ImportFixture fixture() {
        return new ImportFixture(false);
    }
}
