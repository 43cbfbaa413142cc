package io.creditdesk.ingest.imports;

/** Every test of {@link BadInputTest} with imports that upsert in one transaction also into an empty order_line. */
class BadInputOnTheMergePathTest extends BadInputTest {
    @Override
    ImportFixture fixture() {
        return new ImportFixture(false);
    }
}
