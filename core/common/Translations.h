#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace fleetdesk {

/// Where the compiled catalogs (fleetdesk_<lang>.qm) live: embedded in the binary under this resource path.
inline constexpr auto translationsResourcePath = ":/i18n";

/// Installs the translators for `locale` (the system locale by default, i.e. LANGUAGE, LC_ALL, LC_MESSAGES and
/// LANG): Fleetdesk's own catalog and, when the system has it, Qt's qtbase catalog for the standard dialogs.
/// Call it once, right after creating the application object and before any tr() string is built. The
/// translators are children of `app`; the function returns them, so that a caller may remove them again. A
/// locale without a catalog (English, or a language not translated yet) installs nothing and keeps the source
/// strings.
QList<QTranslator*> installTranslators(QCoreApplication& app, const QLocale& locale = QLocale::system());

} // namespace fleetdesk
