package io.creditdesk.ingest.imports;

/** Every test of {@link ImportFuzzTest} with imports that upsert in one transaction also into an empty order_line. */
class ImportFuzzOnTheMergePathTest extends ImportFuzzTest {
    @Override
    ImportFixture fixture() {
        return new ImportFixture(false);
    }
}
