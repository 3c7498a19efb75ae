#include "handout.h"

#include "librarystore.h"
#include "procedurehtml.h"
#include "sectionkeys.h"

#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

QString esc(const QString &s)
{
    return ProcedureHtml::escaped(s);
}

QString multiline(const QString &s)
{
    return esc(s).replace(u"\n"_s, u"<br>"_s);
}

QString letterheadHtml(const HandoutOptions &o)
{
    const Letterhead &l = o.letterhead;
    QString left;
    if (!l.logo.isNull())
        left += u"<img src=\"careleaf-logo\" height=\"48\"> "_s;
    if (!l.clinicName.isEmpty())
        left += u"<span class=\"clinic\">"_s + esc(l.clinicName) + u"</span>"_s;
    QStringList contact;
    if (!l.address.isEmpty())
        contact << multiline(l.address);
    if (!l.phone.isEmpty())
        contact << esc(Handout::tr("Phone: %1").arg(l.phone));
    if (!contact.isEmpty())
        left += u"<br><span class=\"contact\">"_s + contact.join(u"<br>"_s) + u"</span>"_s;

    QStringList right;
    if (!o.patientName.isEmpty())
        right << esc(Handout::tr("Prepared for")) + u" <b>"_s + esc(o.patientName) + u"</b>"_s;
    if (o.date.isValid())
        right << esc(QLocale().toString(o.date, QLocale::LongFormat));
    if (left.isEmpty() && right.isEmpty())
        return {};
    return u"<table class=\"letterhead\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"_s +
           left + u"</td><td valign=\"top\" align=\"right\">"_s + right.join(u"<br>"_s) + u"</td></tr></table><hr>"_s;
}

} // namespace

QList<Handout::Preset> Handout::builtInPresets()
{
    return {
        {u"before"_s,
         tr("Before the procedure"),
         {u"summary"_s, u"purpose"_s, u"preparation"_s, u"duration"_s, u"setting"_s, u"experience"_s}},
        {u"after"_s, tr("After the procedure"), {u"summary"_s, u"recovery"_s, u"risks"_s, u"alternatives"_s}},
        {u"full"_s, tr("Full"), SectionKeys::canonicalKeys()},
    };
}

std::optional<Handout::Preset> Handout::builtInPreset(const QString &id)
{
    for (const Preset &p : builtInPresets()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString Handout::procedureHtml(const Procedure &p, const HandoutOptions &o)
{
    QString html = letterheadHtml(o);
    html += u"<h1>"_s + esc(p.title) + u"</h1>"_s;
    html += u"<p class=\"code\">"_s + esc(p.codeLabel()) + u" — "_s + esc(p.descriptor) + u"</p>"_s;
    QStringList keys;
    for (const QString &key : ProcedureHtml::printOrder()) {
        if (o.sections.contains(key))
            keys << key;
    }
    html += ProcedureHtml::sectionsHtml(p, keys);
    if (!o.note.trimmed().isEmpty()) {
        html += u"<table class=\"note\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\"><tr><td>"
                "<b>"_s +
                esc(tr("A note from your care team")) + u"</b><br>"_s + multiline(o.note.trimmed()) +
                u"</td></tr></table>"_s;
    }
    html += u"<h2>"_s + esc(tr("My questions")) + u"</h2>"_s;
    for (int i = 0; i < 6; ++i)
        html += u"<p class=\"line\">&nbsp;</p><hr>"_s;
    return html;
}

QString Handout::coverHtml(const QList<Procedure> &procedures, const HandoutOptions &o)
{
    QString html = letterheadHtml(o);
    // The patient and date are in the header above.
    html += u"<h1>"_s + esc(tr("Your procedures")) + u"</h1>"_s;
    html += u"<p>"_s + esc(tr("This packet explains:")) + u"</p><ol>"_s;
    for (const Procedure &p : procedures)
        html +=
            u"<li><b>"_s + esc(p.title) + u"</b> <span class=\"code\">("_s + esc(p.codeLabel()) + u")</span></li>"_s;
    html += u"</ol>"_s;
    return html;
}

QString Handout::footerText(const Procedure &p, const HandoutOptions &o)
{
    QStringList parts{p.codeLabel()};
    const QDateTime changed = p.updatedAt.isValid() ? p.updatedAt : p.importedAt;
    if (changed.isValid())
        parts << tr("Content of %1").arg(QLocale().toString(changed.toLocalTime().date(), QLocale::ShortFormat));
    if (!o.letterhead.phone.isEmpty())
        parts << tr("Questions? Call %1").arg(o.letterhead.phone);
    return parts.join(u" · "_s);
}

QList<PagedPrint::Part> Handout::parts(const QList<Procedure> &procedures, const HandoutOptions &o)
{
    QList<PagedPrint::Part> out;
    const double pointSize = o.largePrint ? LargePointSize : NormalPointSize;
    QMap<QString, QImage> images;
    if (!o.letterhead.logo.isNull())
        images.insert(u"careleaf-logo"_s, o.letterhead.logo);
    if (procedures.size() > 1) {
        QString footer = tr("Packet of %n procedure(s)", nullptr, int(procedures.size()));
        if (!o.letterhead.phone.isEmpty())
            footer += u" · "_s + tr("Questions? Call %1").arg(o.letterhead.phone);
        out.append({coverHtml(procedures, o), footer, pointSize, images});
    }
    for (const Procedure &p : procedures)
        out.append({procedureHtml(p, o), footerText(p, o), pointSize, images});
    return out;
}

Letterhead Handout::savedLetterhead()
{
    QSettings settings(u"Careleaf"_s, u"Careleaf"_s);
    // A hand-edited settings file may hold "120 River Road, Springfield" unquoted, which the INI
    // reader returns as a list: take it back as written.
    auto text = [&settings](const QString &key) {
        const QVariant v = settings.value(key);
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u", "_s) : v.toString();
    };
    Letterhead l;
    l.clinicName = text(u"letterhead/clinicName"_s);
    l.address = text(u"letterhead/address"_s);
    l.phone = text(u"letterhead/phone"_s);
    const QString logo = settings.value(u"letterhead/logoFile"_s).toString();
    if (!logo.isEmpty())
        l.logo = QImage(logo).scaledToHeight(144, Qt::SmoothTransformation);
    return l;
}

void Handout::saveLetterhead(const QString &clinicName, const QString &address, const QString &phone,
                             const QString &logoFile)
{
    QSettings settings(u"Careleaf"_s, u"Careleaf"_s);
    settings.setValue(u"letterhead/clinicName"_s, clinicName);
    settings.setValue(u"letterhead/address"_s, address);
    settings.setValue(u"letterhead/phone"_s, phone);
    settings.setValue(u"letterhead/logoFile"_s, logoFile);
}

EducationLogEntry Handout::logEntry(const QList<Procedure> &procedures, const QStringList &sections,
                                    const QString &preset, int copies, const QString &output,
                                    const QStringList &contentVersions)
{
    EducationLogEntry e;
    e.printedAt = QDateTime::currentDateTimeUtc();
    e.workstation = QSysInfo::machineHostName();
    for (const Procedure &p : procedures)
        e.procedures << p.codeLabel() + u' ' + p.title;
    e.contentVersions = contentVersions;
    for (const QString &key : ProcedureHtml::printOrder()) {
        if (sections.contains(key))
            e.sections << key;
    }
    e.preset = preset;
    e.copies = copies;
    e.output = output;
    return e;
}

QString Handout::record(LibraryStore &store, const QList<Procedure> &procedures, const QStringList &sections,
                        const QString &preset, int copies, const QString &output)
{
    QStringList versions;
    for (const Procedure &p : procedures)
        versions << store.contentChecksum(p.id);
    return store.logEducation(logEntry(procedures, sections, preset, copies, output, versions));
}

QString Handout::selectedText(const Procedure &p, const QStringList &sections)
{
    QStringList parts;
    for (const Section &s : p.sections) {
        if (sections.contains(s.key) && s.key != u"policies"_s && s.key != u"similar_codes"_s)
            parts << s.plainText();
    }
    return parts.join(u'\n');
}

} // namespace Careleaf
