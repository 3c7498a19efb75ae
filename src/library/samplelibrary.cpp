#include "samplelibrary.h"

#include "libraryfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Careleaf::SampleLibrary {

QStringList documents()
{
    QStringList out;
    // The English procedures, then their sample translations (versions of them, languages.h).
    for (const QString &folder : {u":/sample"_s, u":/sample-translations/es"_s}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    return out;
}

ImportReport importInto(LibraryStore &store)
{
    return Importer::importFiles(store, documents());
}

} // namespace Careleaf::SampleLibrary

namespace Careleaf {

LibraryStore::OpenResult openLibrary(const QString &location)
{
    if (!location.isEmpty())
        return LibraryStore::open(location);
    LibraryStore::OpenResult result = LibraryStore::open(LibraryFile::defaultLocation());
    if (result.store && result.created) {
        const ImportReport report = SampleLibrary::importInto(*result.store);
        if (!report.fatalError.isEmpty()) {
            result.error = report.fatalError;
            result.store.reset();
        }
    }
    return result;
}

} // namespace Careleaf
