#include "samplelibrary.h"

#include "libraryfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Careleaf::SampleLibrary {

QStringList documents()
{
    QStringList out;
    const QDir dir(u":/sample"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        out << dir.filePath(name);
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
