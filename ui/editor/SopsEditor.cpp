#include "SopsEditor.h"

#include "editor/ManifestView.h"
#include "secrets/SecretStore.h"
#include "sops/SopsEditSession.h"
#include "sops/SopsIdentitySources.h"
#include "views/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace fleetdesk {

namespace {

QString describe(const Error& error)
{
    return error.message.isEmpty() ? error.toString() : error.message;
}

QByteArray hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Runs `work` on the global thread pool and `done` with its result on the GUI thread, if `receiver` still exists.
template<typename Work, typename Done>
void runInBackground(QObject* receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        QMetaObject::invokeMethod(
            qApp, [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace

SopsEditor::SopsEditor(QWidget* parent)
    : QWidget(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_banner(new QLabel(this))
    , m_error(new QLabel(this))
    , m_text(new ManifestView(this))
    , m_save(new QPushButton(tr("&Save Encrypted"), this))
    , m_copy(new QPushButton(tr("&Copy Decrypted Value"), this))
    , m_clipboardTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sopsEditor"));
    setWindowTitle(tr("Encrypted file[*]"));
    m_banner->setObjectName(QStringLiteral("sopsBanner"));
    m_error->setObjectName(QStringLiteral("sopsErrorBanner"));
    m_text->setObjectName(QStringLiteral("sopsText"));
    m_save->setObjectName(QStringLiteral("sopsSaveButton"));
    m_copy->setObjectName(QStringLiteral("sopsCopyValueButton"));

    for (QLabel* label : {m_banner, m_error}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMargin(6);
        label->setAutoFillBackground(true);
        label->hide();
    }
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_text->setPlaceholderText(tr("Decrypting…"));
    m_text->setTabChangesFocus(false);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Encrypt again for the recipients in the banner and replace the file (Ctrl+S)"));
    m_save->setEnabled(false);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolTip(tr("Copy the decrypted value on the caret's line; the clipboard is cleared after 30 seconds"));
    m_copy->setEnabled(false);
    m_clipboardTimer->setSingleShot(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SopsEditor::save);
    connect(m_copy, &QPushButton::clicked, this, &SopsEditor::copyValueAtCursor);
    connect(m_clipboardTimer, &QTimer::timeout, this, &SopsEditor::clearClipboard);
    connect(m_text->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        setWindowModified(modified);
    });
}

SopsEditor::~SopsEditor()
{
    if (m_clipboardTimer->isActive())
        clearClipboard();
    wipeText();
}

bool SopsEditor::openIfEncrypted(const QString& path, QWidget* parent, std::shared_ptr<SecretStore> keychain)
{
    if (path.isEmpty() || !SopsEditSession::isSopsFile(path))
        return false;
    auto* editor = new SopsEditor(parent);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setKeychain(std::move(keychain));
    editor->resize(800, 600);
    editor->openFile(path);
    editor->show();
    return true;
}

void SopsEditor::setIdentityEnvironment(const QProcessEnvironment& environment)
{
    m_environment = environment;
}

void SopsEditor::setKeychain(std::shared_ptr<SecretStore> keychain)
{
    m_keychain = std::move(keychain);
}

void SopsEditor::setClipboardTimeout(int milliseconds)
{
    m_clipboardTimeout = milliseconds;
}

bool SopsEditor::isModified() const
{
    return m_text->document()->isModified();
}

QString SopsEditor::bannerText() const
{
    return m_banner->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

QString SopsEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SopsEditor::openFile(const QString& path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_session.reset();
    wipeText();
    m_banner->hide();
    m_error->hide();
    setWindowTitle(tr("%1[*] — decrypted in memory").arg(QFileInfo(path).fileName()));
    setBusy(true);
    const QProcessEnvironment environment = m_environment;
    std::shared_ptr<SecretStore> keychain = m_keychain;
    const QString file = m_path;
    runInBackground(
        this,
        [environment, keychain, file]() -> Result<std::shared_ptr<SopsEditSession>> {
            auto identities = SopsIdentitySources::load(environment, keychain.get());
            if (!identities)
                return std::unexpected(identities.error());
            auto session = SopsEditSession::open(file, identities->identities);
            if (!session)
                return std::unexpected(session.error());
            return std::make_shared<SopsEditSession>(std::move(*session));
        },
        [this](Result<std::shared_ptr<SopsEditSession>> result) {
            setBusy(false);
            if (!result) {
                const QString message = tr("Cannot decrypt %1: %2\nThe file is unchanged.")
                                            .arg(QDir::toNativeSeparators(m_path), describe(result.error()));
                showError(message);
                Q_EMIT openFailed(message);
                return;
            }
            m_session = *result;
            const SecureBuffer& plain = m_session->plaintext();
            m_text->setManifest(QString::fromUtf8(plain.chars(), qsizetype(plain.size())));
            m_text->document()->setModified(false);
            m_text->setReadOnly(false);
            m_text->setTextInteractionFlags(Qt::TextEditorInteraction);
            const int count = m_session->recipientCount();
            const QString recipients = count == 1 ? tr("1 recipient") : tr("%1 recipients").arg(count);
            if (m_session->configPath().isEmpty())
                m_banner->setText(tr("Decrypted in memory — saved re-encrypted for the file's own %1 (no .sops.yaml "
                                     "creation rule applies)")
                                      .arg(recipients));
            else
                m_banner->setText(tr("Decrypted in memory — saved re-encrypted for %1 per .sops.yaml (%2, creation "
                                     "rule %3)")
                                      .arg(recipients, QDir::toNativeSeparators(m_session->configPath()))
                                      .arg(m_session->ruleNumber()));
            QPalette palette = m_banner->palette();
            palette.setColor(QPalette::Window, Theme::instance()->color(Theme::Color::Info).lighter(180));
            palette.setColor(QPalette::WindowText, Qt::black);
            m_banner->setPalette(palette);
            m_banner->show();
            m_save->setEnabled(true);
            m_copy->setEnabled(true);
            Q_EMIT opened();
        });
}

void SopsEditor::save()
{
    if (!m_session || !m_save->isEnabled())
        return;
    m_error->hide();
    QByteArray utf8 = m_text->toPlainText().toUtf8();
    auto edited = std::make_shared<SecureBuffer>(SecureBuffer::fromView(utf8));
    utf8.fill('\0');
    setBusy(true);
    std::shared_ptr<SopsEditSession> session = m_session;
    runInBackground(
        this, [session, edited]() -> Result<void> { return session->save(*edited); },
        [this](Result<void> result) {
            setBusy(false);
            if (!result) {
                const QString message = tr("Cannot save %1: %2\nThe file is unchanged.")
                                            .arg(QDir::toNativeSeparators(m_path), describe(result.error()));
                showError(message);
                Q_EMIT saveFailed(message);
                return;
            }
            m_text->document()->setModified(false);
            Q_EMIT saved();
        });
}

void SopsEditor::copyValueAtCursor()
{
    if (!m_session)
        return;
    const int line = m_text->textCursor().blockNumber() + 1;
    QByteArray utf8 = m_text->toPlainText().toUtf8();
    const SecureBuffer text = SecureBuffer::fromView(utf8);
    utf8.fill('\0');
    auto value = SopsEditSession::valueAtLine(text, m_session->format(), line, QFileInfo(m_path).fileName());
    if (!value) {
        showError(describe(value.error()));
        return;
    }
    m_error->hide();
    auto* mime = new QMimeData;
    mime->setText(QString::fromUtf8(value->chars(), qsizetype(value->size())));
    // Clipboard managers (Klipper, KeePassXC's convention) skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    m_copiedHash = hashOf(value->byteView());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_clipboardTimer->start(m_clipboardTimeout);
    Q_EMIT valueCopied();
}

void SopsEditor::clearClipboard()
{
    m_clipboardTimer->stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    QByteArray current = clipboard->text().toUtf8();
    if (!m_copiedHash.isEmpty() && hashOf(current) == m_copiedHash)
        clipboard->clear();
    current.fill('\0');
    m_copiedHash.clear();
    Q_EMIT clipboardCleared();
}

void SopsEditor::closeEvent(QCloseEvent* event)
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them encrypted?").arg(QFileInfo(m_path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            connect(this, &SopsEditor::saved, this, &QWidget::close, Qt::SingleShotConnection);
            save();
            return;
        }
        m_text->document()->setModified(false);
    }
    if (m_clipboardTimer->isActive())
        clearClipboard();
    wipeText();
    event->accept();
}

void SopsEditor::showError(const QString& message)
{
    m_error->setText(message);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::Window, Theme::instance()->color(Theme::Color::Error).lighter(170));
    palette.setColor(QPalette::WindowText, Qt::black);
    m_error->setPalette(palette);
    m_error->show();
}

void SopsEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy && m_session);
    m_copy->setEnabled(!busy && m_session);
    m_text->setReadOnly(busy || !m_session);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SopsEditor::wipeText()
{
    // Drops the text and the undo history that holds earlier versions of it.
    m_text->document()->setUndoRedoEnabled(false);
    m_text->clear();
    m_text->document()->setUndoRedoEnabled(true);
}

} // namespace fleetdesk
