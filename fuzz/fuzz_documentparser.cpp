// libFuzzer target: the document parser, on any bytes. A document it accepts must survive the
// trip through the stored form unchanged, and must render to HTML; nothing may crash, hang or
// trip a sanitizer.
#include "documentparser.h"
#include "procedurehtml.h"
#include "procedurejson.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Careleaf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult result = DocumentParser::parse(bytes, u"fuzz.txt"_s);
    if (!result.ok()) {
        if (result.error.isEmpty()) {
            std::fputs("rejected without a reason\n", stderr);
            std::abort();
        }
        return 0;
    }
    const Procedure &p = *result.procedure;
    if (p.descriptor.isEmpty()) {
        std::fputs("accepted without a descriptor\n", stderr);
        std::abort();
    }
    const QJsonDocument stored = QJsonDocument::fromJson(ProcedureJson::contentJson(p));
    const std::optional<Procedure> back = ProcedureJson::fromJson(stored.object());
    if (!back || back->sections != p.sections || back->descriptor != p.descriptor || back->layName != p.layName ||
        back->title != p.title || back->fullName != p.fullName) {
        std::fputs("the stored form does not read back as the parsed procedure\n", stderr);
        std::abort();
    }
    // Clinical text is shown as text: the only markup is the renderer's own.
    const QString html =
        (ProcedureHtml::headerHtml(p) + ProcedureHtml::sectionsHtml(p, ProcedureHtml::printOrder())).toLower();
    for (const QString &tag : {u"<script"_s, u"<img"_s, u"<a "_s, u"<style"_s, u"<link"_s, u"<iframe"_s}) {
        if (html.contains(tag)) {
            std::fprintf(stderr, "document text became markup: %s\n", qPrintable(tag));
            std::abort();
        }
    }
    return 0;
}
