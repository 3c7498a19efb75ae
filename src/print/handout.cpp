#include "handout.h"

#include "digits.h"
#include "documentparser.h"
#include "filenames.h"
#include "languages.h"
#include "librarystore.h"
#include "procedurehtml.h"
#include "sectionkeys.h"
#include "settings.h"
#include "translations.h"

#include <QCollator>
#include <QFontMetricsF>
#include <QImageReader>
#include <QSysInfo>

#include <algorithm>

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

// Never split across lines: a name, a date, a phone number.
QString whole(const QString &s)
{
    return QString(s).replace(u' ', QChar(0x00A0));
}

// "Questions? Call %1" with the number kept on the line of the word before it ("Call", "al"), and
// the letters of a script written without spaces kept together ("请致 / 电"): a WORD JOINER between
// two of them. The rest of it may wrap (large print has room for few words beside the page number).
QString withItsNumber(QString text)
{
    const auto unspaced = [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
               script == QChar::Script_Hangul;
    };
    if (const qsizetype at = text.indexOf(u"%1"_s); at > 0 && text.at(at - 1) == u' ')
        text[at - 1] = QChar(0x00A0);
    for (qsizetype i = text.size() - 1; i > 0; --i) {
        if (unspaced(text.at(i)) && unspaced(text.at(i - 1)))
            text.insert(i, QChar(0x2060));
    }
    return text;
}

// A phone number whole and left to right whatever the page's direction: "(217) 555-0142" on an
// Arabic page too, never "0142-555 (217)". Escaped for html when asked.
QString phoneNumber(const QString &phone, bool html)
{
    const QString number = whole(phone);
    return ProcedureHtml::inDirection(html ? esc(number) : number, Qt::LeftToRight);
}

// The page's direction in the handout's language, as HTML's dir attribute writes it.
QString pageDirection(const HandoutOptions &o)
{
    return PagedPrint::direction(o.language) == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
}

// The direction of text's first letter that has one (left to right for none).
Qt::LayoutDirection ownDirection(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

// The width of text in points in the print font at pointSize (advances scale with the size).
qreal printWidth(const QString &text, double pointSize, bool bold)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(100);
    font.setBold(bold);
    return QFontMetricsF(font).horizontalAdvance(text) * pointSize / 100.0;
}

// "Prepared for <name> · <date>", and the name never split across lines where it fits a line,
// whatever the print size: on one line when it fits, else the name on a line of its own (a little
// smaller if that is too narrow, never in large print, and only a name wider than the line even
// so wraps).
QString patientHtml(const HandoutOptions &o, QChar zeroDigit)
{
    // The narrower of A4 and Letter, less Careleaf's margins, less a little for safety.
    constexpr qreal Width = 470;
    const double pt = o.largePrint ? Handout::LargePointSize : Handout::NormalPointSize;
    // The name in its own direction, whatever the page's: "John Smith Jr." keeps its full stop at
    // its end on an Arabic page (the direction of its first letter that has one).
    const QString name = o.patientName.simplified();
    const QString directedName = ProcedureHtml::inDirection(esc(name), ownDirection(name));
    const QString date = o.date.isValid()
                             ? Digits::inScript(Handout::locale(o).toString(o.date, QLocale::LongFormat), zeroDigit)
                             : QString();
    const QString prepared = Handout::tr("Prepared for");
    // No space after a full-width colon ("患者："), which holds its own.
    const QString space = prepared.endsWith(u'\uFF1A') ? QString() : u" "_s;
    const QString separator = u" \u00B7 "_s;
    const QString nowrap = u"<p class=\"patient\" style=\"white-space: nowrap\">"_s;
    if (name.isEmpty())
        return date.isEmpty() ? QString() : nowrap + esc(date) + u"</p>"_s;
    const qreal nameWidth = printWidth(name, pt, true);
    const qreal preparedWidth = printWidth(prepared + space, pt, false);
    const qreal dateWidth = date.isEmpty() ? 0 : printWidth(separator + date, pt, false);
    const QString dateText = date.isEmpty() ? QString() : esc(separator + date);
    if (preparedWidth + nameWidth + dateWidth <= Width)
        return nowrap + esc(prepared + space) + u"<b>"_s + directedName + u"</b>"_s + dateText + u"</p>"_s;
    QString html;
    if (preparedWidth + nameWidth <= Width) {
        html = nowrap + esc(prepared + space) + u"<b>"_s + directedName + u"</b></p>"_s;
    } else {
        // A name wider than the line on a line of its own, a little smaller; a name wider still
        // wraps between its words (or anywhere in a word longer than the line) rather than
        // shrink further, or run off the page. In large print it never shrinks: it is there for
        // a reader who needs every word at that size, the patient checking it is theirs.
        const qreal fitted = o.largePrint ? pt : std::max(pt * 0.85, pt * Width / nameWidth);
        const QString size = nameWidth > Width ? u" style=\"font-size: %1pt\""_s.arg(fitted, 0, 'f', 1) : QString();
        const bool oneLine = nameWidth * fitted / pt <= Width;
        html = nowrap + esc(prepared) + u"</p>"_s + (oneLine ? nowrap : u"<p class=\"patient\">"_s) + u"<b"_s + size +
               u">"_s + directedName + u"</b></p>"_s;
    }
    if (!date.isEmpty())
        html += nowrap + esc(date) + u"</p>"_s;
    return html;
}

QString letterheadHtml(const HandoutOptions &o, QChar zeroDigit)
{
    const Letterhead &l = o.letterhead;
    QString html;
    if (!l.isEmpty() || !l.logo.isNull()) {
        QString text;
        if (!l.clinicName.isEmpty())
            text += u"<span class=\"clinic\">"_s + esc(l.clinicName) + u"</span>"_s;
        QStringList contact;
        if (!l.address.isEmpty())
            contact << multiline(l.address);
        if (!l.phone.isEmpty())
            contact << esc(Handout::tr("Phone: %1")).arg(phoneNumber(l.phone, true));
        if (!contact.isEmpty())
            text += u"<br><span class=\"contact\">"_s + contact.join(u"<br>"_s) + u"</span>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
        if (!l.logo.isNull())
            html += u"<td valign=\"top\" width=\"1%\"><img src=\"careleaf-logo\" height=\"48\">&nbsp;&nbsp;</td>"_s;
        html += u"<td valign=\"top\">"_s + text + u"</td></tr></table>"_s;
    }
    html += patientHtml(o, zeroDigit);
    if (!html.isEmpty())
        html += u"<hr>"_s;
    return html;
}

QString boxHtml(const QString &title, const QString &body)
{
    return u"<table class=\"box\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\"><tr><td>"_s +
           PagedPrint::boxTitleHtml(esc(title)) + body + u"</td></tr></table>"_s;
}

// The chosen sections in the order a handout prints them.
QStringList printedKeys(const QStringList &chosen)
{
    QStringList keys;
    for (const QString &key : Handout::sectionOrder()) {
        if (chosen.contains(key))
            keys << key;
    }
    return keys;
}

// One row of a bilingual page: the sections of english and of p printed side by side.
struct BilingualRow
{
    QList<const Section *> english;
    QList<const Section *> theirs;
};

// The rows of a bilingual page of p beside english, one a section (keys, in print order).
// Each column places its sections of unknown headings by its own document's order and words.
// Where either placed one with its section, the ones left unplaced print in a last row (one
// version has "Stop These Medicines" after Preparation, the other after a section not printed):
// the nurse reading the English column never tells the patient of something their column lacks.
// A column's words may file one with a stage not printed where the other's place theirs by where
// they stand (English "Going Home" with Recovery, off a Before sheet; its Spanish "Regreso a su
// hogar" says no stage and prints after Lugar): where the other column places one after a
// section, this column's filed off after the same section print beside it.
QList<BilingualRow> bilingualRows(const Procedure &p, const Procedure &english, const QStringList &keys)
{
    const QString other = u"other"_s;
    const auto placesAfter = [&keys, &other](const Procedure &q, const QString &key) {
        const QList<const Section *> under = ProcedureHtml::printedUnder(q, key, keys);
        return std::any_of(under.cbegin(), under.cend(), [&](const Section *s) { return q.printKey(*s) == other; });
    };
    const auto filedOffAfter = [&keys, &other](const Procedure &q, const QString &key) {
        QList<const Section *> off;
        QString host; // the known section each follows
        for (const Section &s : q.sections) {
            if (s.key != other)
                host = s.key;
            else if (const QString stage = q.printKey(s); host == key && stage != other && !keys.contains(stage))
                off << &s;
        }
        return off;
    };
    QStringList rowKeys = keys;
    if (!keys.contains(other) &&
        (Handout::placesUnknownSection(p, keys) || Handout::placesUnknownSection(english, keys)))
        rowKeys << other;
    QList<BilingualRow> rows;
    for (const QString &key : std::as_const(rowKeys)) {
        const auto column = [&](const Procedure &q, const Procedure &beside) {
            QList<const Section *> sections = ProcedureHtml::printedUnder(q, key, keys);
            if (key != other && placesAfter(beside, key))
                sections += filedOffAfter(q, key);
            return sections;
        };
        rows << BilingualRow{column(english, p), column(p, english)};
    }
    return rows;
}

// Each chosen section of p beside the same section of english: one two-column row a section
// (bilingualRows()), English on the left and the patient's language on the right, whatever the
// page's direction. The English in the Latin print font, not the page's (a CJK font draws its
// apostrophes and quotation marks full width: "patient' s").
QString bilingualHtml(const Procedure &p, const Procedure &english, const QStringList &keys, const HandoutOptions &o)
{
    const QString patientDirection = pageDirection(o);
    const auto row = [&patientDirection](const QString &left, const QString &right,
                                         const QString &cssClass) -> QString {
        return u"<table class=\""_s + cssClass +
               u"\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" dir=\"ltr\"><tr>"
               "<td class=\"english\" width=\"50%\" valign=\"top\" dir=\"ltr\" style=\"font-family: DejaVu Sans\">"_s +
               left + u"</td><td class=\"theirs\" width=\"50%\" valign=\"top\" dir=\""_s + patientDirection + u"\">"_s +
               right + u"</td></tr></table>"_s;
    };
    const QString label = u"<p class=\"column\" style=\"-qt-user-state: %1\">"_s.arg(PagedPrint::ColumnLabelState);
    QString html = row(label + esc(Languages::displayName(english.language)) + u"</p>"_s,
                       label + esc(Languages::displayName(p.language)) + u"</p>"_s, u"columns"_s);
    // The text under the name, beside its English (the English column left it out).
    if (const QString theirs = ProcedureHtml::nameTextHtml(p), inEnglish = ProcedureHtml::nameTextHtml(english);
        !theirs.isEmpty() || !inEnglish.isEmpty())
        html += row(inEnglish, theirs, u"bilingual"_s);
    for (const BilingualRow &sections : bilingualRows(p, english, keys)) {
        const QString theirs =
            ProcedureHtml::sectionListHtml(p, sections.theirs, ProcedureHtml::Place::PageColumn, o.largePrint);
        QString inEnglish;
        {
            // The English column's own words ("None listed ...") in English.
            const TranslationScope words(english.language, Handout::printedWordContexts());
            inEnglish = ProcedureHtml::sectionListHtml(english, sections.english, ProcedureHtml::Place::PageColumn,
                                                       o.largePrint);
        }
        if (!theirs.isEmpty() || !inEnglish.isEmpty())
            html += row(inEnglish, theirs, u"bilingual"_s);
    }
    return html;
}

QString procedureHtml(const Procedure &p, const Procedure *english, const HandoutOptions &o)
{
    QString html = u"<h1>"_s + esc(p.title) + u"</h1>"_s;
    if (english)
        html += u"<p class=\"fullname\" dir=\"ltr\">"_s + esc(english->title) + u"</p>"_s;
    else if (!p.fullName.isEmpty() && (o.staffCopy || DocumentParser::shortTitle(p.fullName) == p.title))
        // The name the title was shortened from. Not, for a patient, the formal name a document
        // gives before the one people use ("Administración de quimioterapia …; cada infusión
        // secuencial adicional …, comúnmente llamada …"): a translated descriptor, for staff.
        html += u"<p class=\"fullname\">"_s + esc(p.fullName) + u"</p>"_s;
    if (o.staffCopy) {
        // Everything the document says: the other names staff may search or be asked by. On a
        // bilingual page, the full name under the English title, and everything the English
        // version says too, in English (its other names were left out).
        if (english && !p.fullName.isEmpty() && p.fullName != p.title)
            html += u"<p class=\"fullname\">"_s + esc(p.fullName) + u"</p>"_s;
        html += ProcedureHtml::aliasesHtml(p) + ProcedureHtml::staffLineHtml(p);
        if (english) {
            const TranslationScope words(english->language, Handout::printedWordContexts());
            if (!english->fullName.isEmpty() && english->fullName != english->title)
                html += u"<p class=\"fullname\" dir=\"ltr\">"_s + esc(english->fullName) + u"</p>"_s;
            html += ProcedureHtml::aliasesHtml(*english, true);
            if (english->descriptor != p.descriptor || english->codeLabel() != p.codeLabel())
                html += ProcedureHtml::staffLineHtml(*english, true);
        }
    }
    if (!english)
        html += ProcedureHtml::nameTextHtml(p); // a bilingual page's is in its columns
    const QStringList keys = printedKeys(o.sections);
    return html + (english ? bilingualHtml(p, *english, keys, o)
                           : ProcedureHtml::sectionsHtml(p, keys, ProcedureHtml::Place::Page, o.largePrint));
}

// Careleaf's words for the page (words() gives them in the page's language), on a bilingual
// handout in English as well, before them: "My questions / Mis preguntas". The nurse who goes
// through it with the patient reads the English.
template<typename Words>
QString alsoInEnglish(const HandoutOptions &o, const Words &words)
{
    const QString theirs = words();
    if (!o.bilingual)
        return theirs;
    const TranslationScope english(u"en"_s, Handout::printedWordContexts());
    const QString inEnglish = words();
    return inEnglish == theirs ? theirs : inEnglish + u" / "_s + theirs;
}

} // namespace

QList<Handout::Preset> Handout::builtInPresets()
{
    return {
        {u"patient"_s,
         tr("Patient handout"),
         // What it is and why, getting ready, what happens, and afterwards; benefits and
         // alternatives (the consent conversation) are a tick away.
         {u"summary"_s, u"purpose"_s, u"preparation"_s, u"procedure"_s, u"anesthesia"_s, u"duration"_s, u"setting"_s,
          u"experience"_s, u"recovery"_s, u"risks"_s, u"other"_s}},
        {u"before"_s,
         tr("Before the procedure"),
         {u"summary"_s, u"purpose"_s, u"preparation"_s, u"anesthesia"_s, u"duration"_s, u"setting"_s, u"experience"_s}},
        {u"expect"_s,
         tr("What to expect"),
         {u"summary"_s, u"procedure"_s, u"anesthesia"_s, u"duration"_s, u"setting"_s, u"experience"_s}},
        {u"after"_s, tr("After the procedure"), {u"summary"_s, u"recovery"_s, u"risks"_s, u"other"_s}},
        {u"full"_s, tr("Staff copy (everything)"), SectionKeys::canonicalKeys(), true},
    };
}

std::optional<Handout::Preset> Handout::builtInPreset(const QString &id)
{
    const QString wanted = id.compare(u"staff"_s, Qt::CaseInsensitive) == 0 ? u"full"_s : id;
    for (const Preset &p : builtInPresets()) {
        if (p.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QList<Handout::Group> Handout::sectionGroups()
{
    return {
        {u"before"_s, tr("Before"), {u"summary"_s, u"purpose"_s, u"indications"_s, u"preparation"_s}},
        {u"during"_s,
         tr("During"),
         {u"procedure"_s, u"anesthesia"_s, u"duration"_s, u"setting"_s, u"experience"_s, u"equipment"_s,
          u"personnel"_s}},
        {u"after"_s, tr("After"), {u"recovery"_s, u"risks"_s}},
        {u"more"_s, tr("More"), {u"benefits"_s, u"alternatives"_s, u"other"_s, u"policies"_s, u"similar_codes"_s}},
    };
}

QStringList Handout::sectionOrder()
{
    QStringList keys;
    for (const Group &g : sectionGroups())
        keys += g.keys;
    return keys;
}

QStringList Handout::printedWordContexts()
{
    return {u"Careleaf::Handout"_s, u"Careleaf::PagedPrint"_s, u"Careleaf::ProcedureHtml"_s, u"Careleaf::Procedure"_s,
            u"Careleaf::SectionKeys"_s};
}

QList<Glossary::Entry> Handout::wordsToKnow(const QList<Procedure> &procedures, const QStringList &sections)
{
    QStringList text;
    for (const Procedure &p : procedures) {
        if (Glossary::explainsTextIn(p.language))
            text << selectedText(p, sections);
    }
    return Glossary::standard().termsIn(text.join(u'\n'));
}

QLocale Handout::locale(const HandoutOptions &o)
{
    const QLocale language(o.language);
    return QLocale().language() == language.language() ? QLocale() : language;
}

QChar Handout::zeroDigit(const QList<Procedure> &procedures, const HandoutOptions &o)
{
    const QString own = locale(o).zeroDigit();
    if (own.size() != 1 || own.front() == u'0')
        return u'0';
    for (const Procedure &p : procedures) {
        const QString text = p.bodyText();
        if (std::any_of(text.cbegin(), text.cend(), [&own](QChar c) {
                return c.category() == QChar::Number_DecimalDigit &&
                       c.unicode() - c.digitValue() == own.front().unicode();
            }))
            return own.front();
    }
    return u'0';
}

QString Handout::footerText(const QList<Procedure> &procedures, const HandoutOptions &o)
{
    QStringList parts;
    if (o.staffCopy) {
        QStringList codes;
        for (const Procedure &p : procedures)
            codes << p.codeLabel();
        codes.removeDuplicates();
        parts << tr("Staff copy") + u": "_s + codes.join(u", "_s);
    }
    if (!o.letterhead.clinicName.isEmpty())
        parts << o.letterhead.clinicName;
    if (!o.letterhead.phone.isEmpty())
        parts << withItsNumber(tr("Questions? Call %1")).arg(phoneNumber(o.letterhead.phone, false));
    if (std::any_of(procedures.cbegin(), procedures.cend(), [](const Procedure &p) { return p.sampleTranslation; }))
        parts << alsoInEnglish(o, [] { return ProcedureHtml::sampleTranslationNote(); });
    return parts.join(u" \u00B7 "_s);
}

PagedPrint::Flow Handout::flow(const QList<Procedure> &procedures, const HandoutOptions &o)
{
    // Careleaf's own words in the patient's language, whatever language the application speaks.
    const TranslationScope words(o.language, printedWordContexts());
    PagedPrint::Flow flow;
    flow.language = o.language;
    flow.zeroDigit = zeroDigit(procedures, o);
    flow.pointSize = o.largePrint ? LargePointSize : NormalPointSize;
    flow.accent = o.letterhead.accent;
    flow.footer = footerText(procedures, o);
    flow.marks = o.marks;
    // In its own direction on a page of the other (see patientHtml()).
    const QString name = o.patientName.simplified();
    flow.owner = name.isEmpty() ? QString() : ProcedureHtml::inDirection(name, ownDirection(name));
    if (!o.letterhead.logo.isNull())
        flow.images.insert(u"careleaf-logo"_s, o.letterhead.logo);
    if (o.questions)
        flow.questionsHeading = alsoInEnglish(o, [] { return tr("My questions"); });

    // The top of the first page: who it is for, what is in it, and the care team's own words.
    QString top = letterheadHtml(o, flow.zeroDigit);
    if (procedures.size() > 1) {
        // Each line in the page's direction, a title of the other kept in its own: an Arabic title
        // in an English packet set the whole line right to left ("page 2 — <title> .2").
        const QString item = u"<li dir=\""_s + pageDirection(o) + u"\">"_s;
        QString list = u"<ol>"_s;
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            const QString title = procedures.at(i).title;
            //: After a procedure's name in the list of a packet's procedures: the page its text
            //: starts on.
            // "— page 4" whole: never the number alone on a line of its own.
            list += item + ProcedureHtml::inDirection(esc(title), ownDirection(title)) + u" \u2014\u00A0"_s +
                    whole(esc(tr("page %1"))).arg(PagedPrint::pageNumberHtml(int(i), flow.zeroDigit)) + u"</li>"_s;
        }
        top += boxHtml(tr("In this packet"), list + u"</ol>"_s);
    }
    // Each line of the care team's note in its own direction, whatever the page's or the note's
    // first line's: an English line on an Arabic handout keeps its full stop at its end, and an
    // Arabic line in an English note starts at the right. A line of no direction of its own
    // ("10:00", "2 × 500 mg") goes the way of the line above it, or the page's.
    if (!o.note.trimmed().isEmpty()) {
        bool rightToLeft = PagedPrint::direction(o.language) == Qt::RightToLeft;
        QString lines;
        for (const QString &line : o.note.trimmed().split(u'\n')) {
            const auto strong = std::find_if(line.cbegin(), line.cend(), [](QChar c) {
                return c.direction() == QChar::DirL || c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
            });
            if (strong != line.cend())
                rightToLeft = strong->direction() != QChar::DirL;
            lines += u"<p class=\"note\" dir=\""_s + (rightToLeft ? u"rtl"_s : u"ltr"_s) + u"\">"_s +
                     (line.trimmed().isEmpty() ? u"&nbsp;"_s : esc(line)) + u"</p>"_s;
        }
        top += boxHtml(tr("Your instructions"), lines);
    }

    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const Procedure *english = nullptr;
        if (o.bilingual && i < o.english.size() && !o.english.at(i).title.isEmpty() &&
            o.english.at(i).language != procedures.at(i).language)
            english = &o.english.at(i);
        flow.pieces << (i == 0 ? top : QString()) + procedureHtml(procedures.at(i), english, o);
    }

    if (o.wordsToKnow && !flow.pieces.isEmpty()) {
        // Two to a row, alphabetical.
        QList<Glossary::Entry> terms = wordsToKnow(procedures, o.sections);
        // The glossary's words are English: in English order whatever the workstation's locale
        // ("IV line" among the i's, not before the a's under the C locale).
        QCollator collator{QLocale(QLocale::English)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(terms.begin(), terms.end(), [&collator](const Glossary::Entry &a, const Glossary::Entry &b) {
            return collator.compare(a.term, b.term) < 0;
        });
        // One table, its heading the header row: a row cut by a page's foot moves, with the rows
        // after it, into a table of its own under a copy of the heading, starting the next page
        // (PagedPrint::keepRowsWhole); Qt repeats the heading where a row too tall to move runs on.
        QString rows = u"<table class=\"terms\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                       "<td class=\"termsheading\" colspan=\"2\"><h2>"_s +
                       esc(tr("Words to know")) + u"</h2></td></tr></thead>"_s;
        for (qsizetype i = 0; i < terms.size(); i += 2) {
            rows += u"<tr>"_s;
            for (qsizetype j = i; j < i + 2; ++j) {
                rows += u"<td class=\""_s + (j == i ? u"termstart"_s : u"termend"_s) +
                        u"\" width=\"50%\" valign=\"top\">"_s;
                if (j < terms.size())
                    rows += u"<p class=\"term\"><b>"_s + esc(terms.at(j).term) + u"</b> \u2014 "_s +
                            esc(terms.at(j).definition) + u"</p>"_s;
                rows += u"</td>"_s;
            }
            rows += u"</tr>"_s;
        }
        rows += u"</table>"_s;
        if (!terms.isEmpty())
            flow.pieces.last() += rows;
    }
    return flow;
}

Letterhead Handout::savedLetterhead(QStringList *problems)
{
    const Settings settings;
    const auto problem = [&](Settings::Key key, const QString &why) {
        if (problems)
            *problems << tr("%1 in %2: %3").arg(Settings::name(key), settings.fileOf(key), why);
    };
    Letterhead l;
    // What a letterhead holds: a line of a clinic's name made the handout lay out megabytes
    // before a page, deaf to a stop. More is left off, and said.
    const auto line = [&](Settings::Key key, qsizetype most) {
        QString text = settings.text(key);
        if (text.size() <= most)
            return text;
        problem(key, tr("%1 characters, more than a letterhead holds (at most %2): left off the handout")
                         .arg(text.size())
                         .arg(most));
        return QString();
    };
    l.clinicName = line(Settings::Key::ClinicName, MostInALetterheadLine);
    l.address = line(Settings::Key::ClinicAddress, MostInAnAddress);
    l.phone = line(Settings::Key::ClinicPhone, MostInALetterheadLine);
    if (const QString accent = settings.text(Settings::Key::AccentColor).trimmed(); !accent.isEmpty()) {
        l.accent = QColor(accent);
        if (!l.accent.isValid())
            problem(Settings::Key::AccentColor,
                    tr("\u201c%1\u201d is no colour (write #1f6b4a, or a name such as darkgreen): headings print "
                       "in Careleaf green")
                        .arg(accent));
    }
    if (const QString logo = settings.path(Settings::Key::LogoFile); !logo.isEmpty()) {
        QString why;
        l.logo = letterheadLogo(logo, &why);
        if (l.logo.isNull())
            problem(Settings::Key::LogoFile,
                    tr("%1 cannot be read as an image (%2): the handout has no logo").arg(logo, why));
    }
    return l;
}

QImage Handout::letterheadLogo(const QString &file, QString *why)
{
    // Why it cannot be read as IT would mend it (Qt says "File not found" of each); a named pipe
    // is never opened, which would wait for ever.
    if (const QString unread = FileNames::whyUnreadable(file); !unread.isEmpty()) {
        if (why)
            *why = unread;
        return {};
    }
    QImageReader reader(file);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (why)
            *why = reader.errorString();
        return {};
    }
    return image.scaledToHeight(144, Qt::SmoothTransformation);
}

void Handout::saveLetterhead(const QString &clinicName, const QString &address, const QString &phone,
                             const QString &logoFile, const QColor &accent)
{
    // What IT locked stays as IT set it: setValue() leaves it alone.
    Settings settings;
    settings.setValue(Settings::Key::ClinicName, clinicName);
    settings.setValue(Settings::Key::ClinicAddress, address);
    settings.setValue(Settings::Key::ClinicPhone, phone);
    settings.setValue(Settings::Key::LogoFile, logoFile);
    settings.setValue(Settings::Key::AccentColor, accent.isValid() ? accent.name() : QString());
}

EducationLogEntry Handout::logEntry(const QList<Procedure> &procedures, const QStringList &sections,
                                    const QString &preset, int copies, const QString &output, const QString &language,
                                    const QStringList &contentVersions, const QList<Procedure> &beside)
{
    EducationLogEntry e;
    e.printedAt = QDateTime::currentDateTimeUtc();
    e.workstation = QSysInfo::machineHostName();
    for (const Procedure &p : procedures)
        e.procedures << p.codeLabel() + u' ' + p.title;
    e.contentVersions = contentVersions;
    // A section of an unknown heading printed with the one it follows is logged as "other" too,
    // as is a bilingual page's last row of them (bilingualHtml()).
    bool unknownPrinted = false;
    for (const QList<Procedure> &printed : {procedures, beside}) {
        for (const Procedure &p : printed)
            unknownPrinted = unknownPrinted || placesUnknownSection(p, sections);
    }
    for (const QString &key : sectionOrder()) {
        if (sections.contains(key) || (key == u"other"_s && unknownPrinted))
            e.sections << key;
    }
    e.preset = preset;
    e.copies = copies;
    e.output = output;
    e.language = language;
    return e;
}

QString Handout::record(LibraryStore &store, const QList<Procedure> &procedures, const QStringList &sections,
                        const QString &preset, int copies, const QString &output, const QString &language,
                        const QList<Procedure> &beside)
{
    QStringList versions;
    for (const Procedure &p : procedures)
        versions << store.contentChecksum(p.id);
    return store.log().append(logEntry(procedures, sections, preset, copies, output, language, versions, beside));
}

QString Handout::selectedText(const Procedure &p, const QStringList &sections, const QStringList &printed)
{
    QStringList parts;
    for (const QString &key : sectionOrder()) {
        if (!sections.contains(key) || key == u"policies"_s || key == u"similar_codes"_s)
            continue;
        for (const Section *s : ProcedureHtml::printedUnder(p, key, printed.isEmpty() ? sections : printed))
            parts << s->plainText();
    }
    return parts.join(u'\n');
}

QStringList Handout::unpairedSections(const Procedure &p, const Procedure &english, const QStringList &sections)
{
    QStringList englishOnly;
    QStringList theirsOnly;
    const auto headings = [](const QList<const Section *> &list) {
        QStringList out;
        for (const Section *s : list)
            out << (s->heading.trimmed().isEmpty()
                        ? tr("the text without a heading")
                        : tr("\u201C%1\u201D", "a heading quoted").arg(Languages::withoutColon(s->heading)));
        return out;
    };
    for (const BilingualRow &row : bilingualRows(p, english, printedKeys(sections))) {
        if (row.theirs.isEmpty())
            englishOnly += headings(row.english);
        else if (row.english.isEmpty())
            theirsOnly += headings(row.theirs);
    }
    QStringList said;
    const Languages::Language *language = Languages::find(p.language);
    if (!englishOnly.isEmpty())
        said << (englishOnly.size() == 1 ? tr("No %1 version of %2: the patient's column beside it is empty.")
                                         : tr("No %1 version of %2: the patient's column beside them is empty."))
                    .arg(language ? Languages::localName(*language) : p.language, englishOnly.join(u", "_s));
    if (!theirsOnly.isEmpty())
        said << (theirsOnly.size() == 1 ? tr("No English version of %1: the English column beside it is empty.")
                                        : tr("No English version of %1: the English column beside them is empty."))
                    .arg(theirsOnly.join(u", "_s));
    return said;
}

bool Handout::placesUnknownSection(const Procedure &p, const QStringList &sections)
{
    for (const QString &key : sections) {
        if (key == u"other"_s)
            continue;
        for (const Section *s : ProcedureHtml::printedUnder(p, key, sections)) {
            if (s->key == u"other"_s)
                return true;
        }
    }
    return false;
}

} // namespace Careleaf
