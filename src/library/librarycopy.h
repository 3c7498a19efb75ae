// Publishing: every procedure of one library into another (a workstation's file to the clinic
// server, or back), in one transaction on the destination, so it holds all of them or none.
// Sources, dates and content checksums travel with each procedure; the education log does not
// (it records what one site printed). Procedures only in the destination stay.
#pragma once

#include "librarystore.h"

#include <functional>

namespace Careleaf {

struct CopyReport : StoreCounts
{
    QString error; // set when nothing was copied, in plain words

    [[nodiscard]] int total() const { return imported + updated + unchanged; }
    [[nodiscard]] QString summaryLine() const;
};

class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryCopy)

public:
    // progress(done, total) is called now and then; returning false cancels (nothing is kept).
    [[nodiscard]] static CopyReport copy(LibraryStore &from, LibraryStore &to,
                                         const std::function<bool(int, int)> &progress = {});
};

} // namespace Careleaf
