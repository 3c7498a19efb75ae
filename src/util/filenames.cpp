#include "filenames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Careleaf::FileNames {

namespace {

constexpr char16_t EscapeBase = 0xDC00;

bool isEscape(char16_t c)
{
    return c >= EscapeBase + 0x80 && c <= EscapeBase + 0xFF;
}

// The length of the valid UTF-8 sequence starting at bytes[i], 0 when it is not one.
qsizetype utf8Length(const QByteArray &bytes, qsizetype i)
{
    const auto b = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char c = b(i);
    qsizetype n = 0;
    char32_t code = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > bytes.size())
        return 0;
    for (qsizetype k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (b(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    static constexpr char32_t Least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < Least[n] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return 0;
    return n;
}

} // namespace

QString decode(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (const qsizetype n = utf8Length(bytes, i); n > 0) {
            out += QString::fromUtf8(bytes.constData() + i, n);
            i += n;
        } else {
            out += QChar(char16_t(EscapeBase + static_cast<unsigned char>(bytes.at(i))));
            ++i;
        }
    }
    return out;
}

bool keepsBytes(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return isEscape(c.unicode()); });
}

QByteArray encode(const QString &name)
{
    QByteArray out;
    out.reserve(name.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && !isEscape(name.at(i).unicode()))
            continue;
        out += QStringView(name).sliced(start, i - start).toUtf8();
        if (i < name.size())
            out += char(name.at(i).unicode() - EscapeBase);
        start = i + 1;
    }
    return out;
}

QString shown(const QString &name)
{
    if (!keepsBytes(name))
        return name;
    QString out;
    for (QChar c : name) {
        if (isEscape(c.unicode()))
            out += u"\\x"_s + QString::number(c.unicode() - EscapeBase, 16).toUpper();
        else
            out += c;
    }
    return out;
}

Kind kindOf(const QString &path)
{
    const QByteArray native = encode(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        struct stat link;
        return ::lstat(native.constData(), &link) == 0 ? Kind::BrokenLink : Kind::Missing;
    }
    if (S_ISREG(st.st_mode))
        return Kind::File;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    return Kind::Special;
}

QString whyUnreadable(const QString &path)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Careleaf::FileNames", text); };
    const QByteArray native = encode(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int why = errno;
        struct stat link;
        if (::lstat(native.constData(), &link) == 0)
            return tr("it is a link to nothing");
        return why == EACCES ? tr("its folder cannot be opened") : tr("there is no such file");
    }
    if (S_ISDIR(st.st_mode))
        return tr("it is a folder");
    if (!S_ISREG(st.st_mode))
        return tr("it is not a regular file");
    return ::access(native.constData(), R_OK) == 0 ? QString() : tr("permission denied");
}

QString openToRead(QFile &file, QIODevice::OpenMode mode)
{
    // (Qt's resources, ":/…", are no files of the file system.)
    QString why = file.fileName().startsWith(u':') ? QString() : whyUnreadable(file.fileName());
    if (why.isEmpty() && !file.open(QIODevice::ReadOnly | mode))
        why = file.errorString();
    return why;
}

bool isSymLink(const QString &path)
{
    struct stat st;
    return ::lstat(encode(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

qint64 modified(const QString &path)
{
    struct stat st;
    if (::stat(encode(path).constData(), &st) != 0)
        return 0;
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

QStringList entries(const QString &folder, QString *error)
{
    QStringList out;
    DIR *dir = ::opendir(encode(folder).constData());
    if (!dir) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return out;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        out << decode(name);
    }
    ::closedir(dir);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace Careleaf::FileNames
