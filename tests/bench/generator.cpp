#include "generator.h"

#include <QStringList>

#include <random>

using namespace Qt::StringLiterals;

namespace Careleaf::Bench {

namespace {

const QStringList sites{u"knee"_s,    u"shoulder"_s, u"hip"_s,     u"lumbar spine"_s, u"cervical spine"_s,
                        u"wrist"_s,   u"ankle"_s,    u"abdomen"_s, u"chest"_s,        u"upper arm"_s,
                        u"forearm"_s, u"thigh"_s,    u"bladder"_s, u"colon"_s,        u"stomach"_s,
                        u"kidney"_s,  u"liver"_s,    u"heart"_s,   u"lung"_s,         u"thyroid"_s,
                        u"skin"_s,    u"eye"_s,      u"ear"_s,     u"sinus"_s,        u"jaw"_s};
const QStringList actions{u"injection"_s,   u"infusion"_s,    u"aspiration"_s, u"biopsy"_s,     u"catheter insertion"_s,
                          u"drainage"_s,    u"repair"_s,      u"imaging"_s,    u"ultrasound"_s, u"endoscopy"_s,
                          u"debridement"_s, u"nerve block"_s, u"dressing"_s,   u"irrigation"_s, u"monitoring"_s};
const QStringList substances{u"steroid"_s, u"antibiotic"_s, u"saline"_s,    u"contrast"_s,     u"anesthetic"_s,
                             u"iron"_s,    u"magnesium"_s,  u"potassium"_s, u"vitamin"_s,      u"immunoglobulin"_s,
                             u"heparin"_s, u"insulin"_s,    u"hydration"_s, u"chemotherapy"_s, u"antiemetic"_s};
const QStringList qualifiers{u"initial"_s,          u"each additional"_s, u"single"_s,      u"bilateral"_s,
                             u"unilateral"_s,       u"diagnostic"_s,      u"therapeutic"_s, u"with imaging guidance"_s,
                             u"without guidance"_s, u"simple"_s,          u"complex"_s,     u"limited"_s};
const QStringList conditions{u"arthritis"_s, u"chronic pain"_s, u"dehydration"_s,   u"anemia"_s,
                             u"infection"_s, u"inflammation"_s, u"cancer"_s,        u"diabetes"_s,
                             u"migraine"_s,  u"muscle spasm"_s, u"kidney stones"_s, u"heart failure"_s,
                             u"asthma"_s,    u"deficiency"_s,   u"swelling"_s,      u"bleeding"_s};
const QStringList settings{u"a hospital"_s,         u"an outpatient clinic"_s,
                           u"the patient's home"_s, u"a specialized infusion center"_s,
                           u"a doctor's office"_s,  u"a surgical center"_s};
const QStringList staff{u"registered nurse"_s, u"physician"_s,        u"radiologic technologist"_s,
                        u"pharmacist"_s,       u"anesthesiologist"_s, u"medical assistant"_s};
const QStringList risks{u"bruising"_s, u"bleeding"_s,  u"infection"_s,      u"allergic reaction"_s,
                        u"nausea"_s,   u"dizziness"_s, u"temporary pain"_s, u"nerve irritation"_s,
                        u"fainting"_s, u"headache"_s};

QString pick(std::mt19937 &rng, const QStringList &list)
{
    return list.at(qsizetype(rng() % quint32(list.size())));
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

GeneratedProcedure generate(int n)
{
    std::mt19937 rng(quint32(n) * 2654435761U + 12345U);
    GeneratedProcedure g;
    const bool hcpcs = n % 5 == 4;
    g.system = hcpcs ? u"HCPCS"_s : u"CPT"_s;
    if (hcpcs) {
        const char letter = "AGJLQ"[n % 5];
        g.code = QChar::fromLatin1(letter) + u"%1"_s.arg((n / 5) % 10000, 4, 10, QLatin1Char('0'));
        // Keep HCPCS codes unique beyond 50,000 documents by varying the letter with the block.
        if (n >= 50000)
            g.code[0] = QChar::fromLatin1("BCEHK"[(n / 50000) % 5]);
        // And beyond 250,000 (the letters above repeat from there), a letter per 50,000 up to 1,050,000.
        if (n >= 250000)
            g.code[0] = QChar::fromLatin1("DFIMNOPRSTUVWXYZ"[((n - 250000) / 50000) % 16]);
    } else {
        g.code = QString::number(10000 + n % 90000);
        if (n >= 90000)
            g.code = QString::number(n - 90000).rightJustified(4, u'0') + u'T';
    }
    const QString site = pick(rng, sites);
    const QString action = pick(rng, actions);
    const QString substance = pick(rng, substances);
    const QString qualifier = pick(rng, qualifiers);
    const QString condition = pick(rng, conditions);
    const QString alias = capitalised(site) + u' ' + capitalised(action.section(u' ', 0, 0));
    g.title = capitalised(substance) + u' ' + capitalised(action) + u" of the "_s + capitalised(site) +
              u" (Variant "_s + QString::number(n) + u')';
    const QString descriptor = capitalised(action) + u", "_s + site + u", "_s + qualifier + u"; "_s + substance +
                               u" (procedure "_s + QString::number(n) + u')';
    const int minutes = 10 + int(rng() % 12) * 10;

    QStringList out{u"Search all medical codes"_s,
                    QString(),
                    descriptor,
                    QString(),
                    (hcpcs ? u"HCPCS code "_s : u"CPT4 code "_s) + g.code,
                    QString(),
                    u"Name of the Procedure:"_s,
                    QString(),
                    g.title + u" (commonly referred to as "_s + alias + u" or "_s + capitalised(substance) +
                        u" Treatment)"_s,
                    QString()};
    auto section = [&out](const QString &heading, const QStringList &lines) {
        out << heading << QString();
        out += lines;
        out << QString();
    };
    section(u"Summary"_s, {u"This procedure delivers "_s + substance + u" to the "_s + site + u" by "_s + action +
                           u". It is used for "_s + condition + u" when other treatments have not helped."_s});
    section(u"Purpose"_s, {u"The goal is to relieve "_s + condition + u" and restore normal function of the "_s + site +
                           u", so that the patient can return to daily activities."_s});
    section(u"Indications"_s, {u"  • "_s + capitalised(condition) + u" affecting the "_s + site,
                               u"  • "_s + capitalised(pick(rng, conditions)) + u" not responding to medication"_s,
                               u"  • Follow-up of "_s + pick(rng, conditions)});
    section(u"Preparation"_s, {u"  • Follow any fasting instructions from your care team."_s,
                               u"  • Bring a list of your medicines, including blood thinners."_s,
                               u"  • Tell the nurse about allergies to "_s + pick(rng, substances) + u'.'});
    section(u"Procedure Description"_s, {u"  1. The skin over the "_s + site + u" is cleaned."_s,
                                         u"  2. A "_s + pick(rng, staff) + u" prepares the "_s + substance + u'.',
                                         u"  3. The "_s + action + u" is performed "_s + qualifier + u'.',
                                         u"  4. The site is checked and a dressing is applied."_s});
    section(u"Tools and Equipment:"_s, {u"  • Sterile needles, syringes and gloves"_s, u"  • Monitoring equipment"_s});
    section(u"Anesthesia:"_s, {u"  • Local anesthetic may be used to numb the "_s + site + u'.'});
    section(u"Duration"_s, {u"The procedure usually takes about "_s + QString::number(minutes) + u" minutes."_s});
    section(u"Setting"_s, {u"It is performed in "_s + pick(rng, settings) + u" or "_s + pick(rng, settings) + u'.'});
    section(u"Personnel"_s, {u"  • "_s + capitalised(pick(rng, staff)), u"  • "_s + capitalised(pick(rng, staff))});
    section(u"Risks and Complications"_s, {u"  • Common: "_s + pick(rng, risks) + u" and "_s + pick(rng, risks) + u'.',
                                           u"  • Rare: "_s + pick(rng, risks) + u'.'});
    section(u"Benefits"_s, {u"  • Relief of "_s + condition, u"  • Better movement and comfort"_s});
    section(u"Recovery"_s,
            {u"  • Rest for the remainder of the day."_s, u"  • Watch the site for redness or swelling."_s});
    section(u"Alternatives"_s, {u"  • Oral medication"_s, u"  • Physical therapy"_s, u"  • Watchful waiting"_s});
    section(u"Patient Experience"_s,
            {u"You may feel a brief sting and some pressure in the "_s + site + u". Discomfort is usually mild."_s});
    section(u"Medical Policies and Guidelines for "_s + descriptor,
            {u"Related policies from health plans"_s, QString(), capitalised(substance) + u" Therapy"_s,
             u"CG-MED-"_s + QString::number(n % 97) + u' ' + capitalised(substance) + u" Therapy"_s});
    out << u"Similar Codes"_s;
    g.document = out.join(u'\n').toUtf8();
    return g;
}

} // namespace Careleaf::Bench
