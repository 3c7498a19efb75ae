// The sample library compiled into every build (resources/sample, and their Spanish versions in
// resources/sample-translations/es): what a new installation shows.
#pragma once

#include "importer.h"

namespace Careleaf::SampleLibrary {

// Resource paths of the bundled documents: the English ones by name, then their translations.
[[nodiscard]] QStringList documents();
// Imports the bundled documents into store; used when the default library is first created.
[[nodiscard]] ImportReport importInto(LibraryStore &store);

} // namespace Careleaf::SampleLibrary

namespace Careleaf {

// Opens the library a user asked for: an explicit location as it is (a new file starts empty),
// or, when location is empty, the default library, filled with the sample documents the
// first time it is created.
[[nodiscard]] LibraryStore::OpenResult openLibrary(const QString &location);

} // namespace Careleaf
