package io.creditdesk.ingest.imports;

/** Every test of {@link ImportServiceTest} with imports that upsert in one transaction also into an empty order_line. */
class ImportServiceOnTheMergePathTest extends ImportServiceTest {
    @Override
    ImportFixture fixture() {
        return new ImportFixture(false);
    }
}
