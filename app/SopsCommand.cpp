#include "SopsCommand.h"

#include "CommandsModule.h"
#include "secrets/SecretStore.h"
#include "sops/AgeKeyFile.h"
#include "sops/AgeRecipient.h"
#include "sops/KeychainAgeIdentities.h"
#include "sops/SopsConfig.h"
#include "sops/SopsFile.h"
#include "sops/SopsIdentitySources.h"
#include "sops/SopsKeyRotation.h"

#include <expected>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

#include <sys/stat.h>

using namespace fleetdesk;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsCommand", text);
}

int fail(const QString& message, int code = 1)
{
    QTextStream err(stderr);
    err << "fleetdesk sops: " << message << '\n';
    return code;
}

int failWith(const Error& e)
{
    return fail(e.message);
}

// Parses the arguments; returns -1 to go on, or the exit code (0 after --help, 2 on bad usage).
int parse(QCommandLineParser& p, const QStringList& args)
{
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    return -1;
}

struct Common
{
    QCommandLineOption inPlace{{QStringLiteral("i"), QStringLiteral("in-place")}, tr("Write the result back to FILE.")};
    QCommandLineOption output{QStringLiteral("output"), tr("Write the result to PATH."), QStringLiteral("PATH")};
    QCommandLineOption config{QStringLiteral("config"), tr("Use this .sops.yaml."), QStringLiteral("PATH")};
    QCommandLineOption type{{QStringLiteral("input-type"), QStringLiteral("output-type")},
                            tr("File format: yaml, json, dotenv or ini (default: from the extension)."),
                            QStringLiteral("TYPE")};
    QCommandLineOption ignoreMac{QStringLiteral("ignore-mac"),
                                 tr("Recovery only: decrypt even when the MAC is missing or wrong.")};
};

Result<QByteArray> readInput(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, f.errorString()), SourceLocation{path, 0, 0},
                         QStringLiteral("io.read"));
    if (f.size() > 32 * 1024 * 1024)
        return makeError(tr("%1 is larger than 32 MiB").arg(path), SourceLocation{path, 0, 0},
                         QStringLiteral("limit.size"));
    return f.readAll();
}

Result<void> writeOutput(const QString& path, const char* data, qint64 size)
{
    if (path.isEmpty()) {
        std::fwrite(data, 1, std::size_t(size), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data, size) != size || !out.commit())
        return makeError(tr("cannot write %1: %2").arg(path, out.errorString()), SourceLocation{path, 0, 0},
                         QStringLiteral("io.write"));
    return {};
}

std::optional<SopsFile::Format> formatFor(const QCommandLineParser& p, const Common& c, const QString& file)
{
    if (!p.isSet(c.type))
        return SopsFile::formatForPath(file);
    const QString t = p.value(c.type).toLower();
    if (t == QLatin1String("yaml"))
        return SopsFile::Format::Yaml;
    if (t == QLatin1String("json"))
        return SopsFile::Format::Json;
    if (t == QLatin1String("dotenv"))
        return SopsFile::Format::Dotenv;
    if (t == QLatin1String("ini"))
        return SopsFile::Format::Ini;
    return std::nullopt;
}

/// The one FILE of a single-file command, its format and its content.
struct SingleFile
{
    QString path;
    SopsFile::Format format;
    QByteArray content;
};

/// Reads the one FILE that `command` takes; when that fails, the exit code, with the error already printed.
std::expected<SingleFile, int> singleFile(const QCommandLineParser& p, const Common& c, const QString& command)
{
    if (p.positionalArguments().size() != 1)
        return std::unexpected(fail(tr("%1: expected exactly one FILE").arg(command), 2));
    const QString file = p.positionalArguments().first();
    const auto format = formatFor(p, c, file);
    if (!format)
        return std::unexpected(fail(tr("unknown --input-type %1 (yaml, json, dotenv, ini)").arg(p.value(c.type)), 2));
    auto input = readInput(file);
    if (!input)
        return std::unexpected(failWith(input.error()));
    return SingleFile{file, *format, std::move(*input)};
}

Result<QList<AgeIdentity>> identities()
{
    auto loaded = SopsIdentitySources::load();
    if (!loaded)
        return std::unexpected(loaded.error());
    // Identities imported into the keychain (`fleetdesk sops identity add`) when the places sops looks have none.
    // The keychain lives in the commands module, loaded only then.
    if (loaded->identities.isEmpty()) {
        QString unavailable;
        if (const auto keychain = CommandsModule::keychain(&unavailable))
            if (auto stored = KeychainAgeIdentities::list(*keychain); stored)
                loaded->identities = *stored;
    }
    if (loaded->identities.isEmpty())
        return makeError(tr("no age identity found: set SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or SOPS_AGE_KEY_CMD, or put "
                            "one in %1")
                             .arg(SopsIdentitySources::defaultKeyFile(QProcessEnvironment::systemEnvironment())),
                         {}, QStringLiteral("age.identity"));
    return loaded->identities;
}

// The creation rule for `file` (config file as sops finds it), or nothing when there is no .sops.yaml.
Result<std::optional<std::pair<SopsConfig, SopsCreationRule>>> ruleFor(const QString& file, const QString& explicitConfig)
{
    const auto path = SopsConfig::locate(file, explicitConfig, true);
    if (!path)
        return std::optional<std::pair<SopsConfig, SopsCreationRule>>();
    auto config = SopsConfig::load(*path);
    if (!config)
        return std::unexpected(config.error());
    if (config->rules.isEmpty())
        return std::optional<std::pair<SopsConfig, SopsCreationRule>>();
    auto rule = config->ruleFor(file);
    if (!rule)
        return std::unexpected(rule.error());
    return std::optional(std::pair(*config, *rule));
}

QString destination(const QCommandLineParser& p, const Common& c, const QString& file)
{
    if (p.isSet(c.output))
        return p.value(c.output);
    if (p.isSet(c.inPlace))
        return file;
    return {};
}

/// Several FILEs: each one in place, in this one process (what scripts and the benchmark use). Returns the worst
/// exit code, or nullopt when there is a single FILE to handle normally.
std::optional<int> runEachInPlace(const QCommandLineParser& p, const Common& c, const QStringList& args,
                                  const QString& needsInPlace, int (*run)(const QStringList&))
{
    if (p.positionalArguments().size() <= 1)
        return std::nullopt;
    if (!p.isSet(c.inPlace))
        return fail(needsInPlace, 2);
    QStringList options = args;
    for (const QString& f : p.positionalArguments())
        options.removeAll(f);
    int worst = 0;
    for (const QString& f : p.positionalArguments())
        worst = std::max(worst, run(options + QStringList{f}));
    return worst;
}

int runEncrypt(const QStringList& args)
{
    QCommandLineParser p;
    Common c;
    const QCommandLineOption age(QStringLiteral("age"), tr("Comma-separated age recipients (overrides .sops.yaml)."),
                                 QStringLiteral("RECIPIENTS"));
    const QCommandLineOption encryptedRegex(QStringLiteral("encrypted-regex"), tr("Encrypt only keys matching."),
                                            QStringLiteral("REGEX"));
    const QCommandLineOption unencryptedRegex(QStringLiteral("unencrypted-regex"), tr("Leave keys matching in clear."),
                                              QStringLiteral("REGEX"));
    const QCommandLineOption encryptedSuffix(QStringLiteral("encrypted-suffix"),
                                             tr("Encrypt only keys with this suffix."), QStringLiteral("SUFFIX"));
    const QCommandLineOption unencryptedSuffix(QStringLiteral("unencrypted-suffix"),
                                               tr("Leave keys with this suffix in clear."), QStringLiteral("SUFFIX"));
    const QCommandLineOption macOnly(QStringLiteral("mac-only-encrypted"), tr("MAC only the encrypted values."));
    p.addOptions({c.inPlace, c.output, c.config, c.type, age, encryptedRegex, unencryptedRegex, encryptedSuffix,
                  unencryptedSuffix, macOnly});
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The plain file (several with --in-place)."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops encrypt")} + args); code >= 0)
        return code;
    if (const auto batch = runEachInPlace(p, c, args, tr("encrypt: several FILEs need --in-place"), runEncrypt))
        return *batch;
    const auto single = singleFile(p, c, QStringLiteral("encrypt"));
    if (!single)
        return single.error();
    const QString& file = single->path;
    const SopsFile::Format format = single->format;
    const QByteArray& input = single->content;

    SopsEncryptionSettings settings;
    auto rule = ruleFor(file, p.value(c.config));
    if (!rule && !p.isSet(age))
        return failWith(rule.error());
    if (rule && *rule) {
        settings.selection = (*rule)->second.selection;
        settings.keyGroups = (*rule)->second.keyGroups;
        settings.shamirThreshold = (*rule)->second.shamirThreshold;
        settings.yamlIndent = (*rule)->first.yamlIndent;
        settings.jsonIndent = (*rule)->first.jsonIndent;
    }
    QString ageList = p.value(age);
    if (ageList.isEmpty())
        ageList = qEnvironmentVariable("SOPS_AGE_RECIPIENTS");
    if (!ageList.isEmpty()) {
        QList<AgeRecipient> recipients;
        for (const QString& part : ageList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto r = AgeRecipient::parse(part);
            if (!r)
                return failWith(r.error());
            recipients.append(*r);
        }
        settings.keyGroups = {recipients};
        settings.shamirThreshold = 0;
    }
    const bool cliRule = p.isSet(encryptedRegex) || p.isSet(unencryptedRegex) || p.isSet(encryptedSuffix)
        || p.isSet(unencryptedSuffix);
    if (cliRule) {
        settings.selection = SopsSelection{};
        settings.selection.encryptedRegex = p.value(encryptedRegex);
        settings.selection.unencryptedRegex = p.value(unencryptedRegex);
        settings.selection.encryptedSuffix = p.value(encryptedSuffix);
        settings.selection.unencryptedSuffix = p.value(unencryptedSuffix);
    }
    if (p.isSet(macOnly))
        settings.selection.macOnlyEncrypted = true;
    if (settings.keyGroups.isEmpty())
        return fail(tr("%1: no age recipients: give --age, set SOPS_AGE_RECIPIENTS, or add a creation rule with "
                       "age to .sops.yaml")
                        .arg(file));
    auto enc = SopsFile::encrypt(input, format, settings, file);
    if (!enc)
        return failWith(enc.error());
    if (auto w = writeOutput(destination(p, c, file), enc->constData(), enc->size()); !w)
        return failWith(w.error());
    return 0;
}

int runDecrypt(const QStringList& args)
{
    QCommandLineParser p;
    Common c;
    p.addOptions({c.inPlace, c.output, c.type, c.ignoreMac});
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The SOPS-encrypted file."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops decrypt")} + args); code >= 0)
        return code;
    if (const auto batch = runEachInPlace(p, c, args, tr("decrypt: several FILEs need --in-place"), runDecrypt))
        return *batch;
    const auto single = singleFile(p, c, QStringLiteral("decrypt"));
    if (!single)
        return single.error();
    const QString& file = single->path;
    const SopsFile::Format format = single->format;
    const QByteArray& input = single->content;
    auto ids = identities();
    if (!ids)
        return failWith(ids.error());
    SopsDecryptOptions options;
    options.ignoreMac = p.isSet(c.ignoreMac);
    if (options.ignoreMac)
        QTextStream(stderr) << tr("fleetdesk sops: WARNING: --ignore-mac: the file's integrity is NOT verified")
                            << '\n';
    auto plain = SopsFile::decrypt(input, format, *ids, file, options);
    if (!plain)
        return failWith(plain.error());
    if (auto w = writeOutput(destination(p, c, file), plain->chars(), qint64(plain->size())); !w)
        return failWith(w.error());
    return 0;
}

// A private scratch folder for `edit`: memory-backed when the system offers one.
QString scratchFolder()
{
    for (const QString& base : {qEnvironmentVariable("XDG_RUNTIME_DIR"), QStringLiteral("/dev/shm"), QDir::tempPath()}) {
        if (base.isEmpty() || !QFileInfo(base).isDir() || !QFileInfo(base).isWritable())
            continue;
        const QString dir = base + QStringLiteral("/fleetdesk-sops-") + QString::number(QCoreApplication::applicationPid());
        if (QDir().mkpath(dir)) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            return dir;
        }
    }
    return {};
}

void shred(const QString& path)
{
    QFile f(path);
    const qint64 size = f.size();
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(qsizetype(std::min<qint64>(size, 1 << 20)), '\0');
        for (qint64 done = 0; done < size; done += zeros.size())
            f.write(zeros.constData(), std::min<qint64>(zeros.size(), size - done));
        f.flush();
        f.close();
    }
    QFile::remove(path);
}

int runEdit(const QStringList& args)
{
    QCommandLineParser p;
    Common c;
    p.addOptions({c.type, c.ignoreMac});
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The SOPS-encrypted file."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops edit")} + args); code >= 0)
        return code;
    const auto single = singleFile(p, c, QStringLiteral("edit"));
    if (!single)
        return single.error();
    const QString& file = single->path;
    const SopsFile::Format format = single->format;
    const QByteArray& input = single->content;
    auto ids = identities();
    if (!ids)
        return failWith(ids.error());
    auto tree = SopsFile::parse(input, format, file);
    if (!tree)
        return failWith(tree.error());
    auto metadata = SopsFile::extractMetadata(*tree, file);
    if (!metadata)
        return failWith(metadata.error());
    if (!*metadata)
        return fail(tr("%1: not a SOPS-encrypted file; use `fleetdesk sops encrypt` first").arg(file));
    auto key = SopsFile::dataKey(**metadata, *ids, file);
    if (!key)
        return failWith(key.error());
    SopsIvStash stash;
    SopsDecryptOptions options;
    options.ignoreMac = p.isSet(c.ignoreMac);
    if (auto r = SopsFile::decryptTree(*tree, **metadata, *key, file, options, &stash); !r)
        return failWith(r.error());
    const bool keepPlaces = !(*metadata)->selection.encryptedCommentRegex.isEmpty()
        || !(*metadata)->selection.unencryptedCommentRegex.isEmpty();
    const SecureBuffer plain = SopsFile::write(*tree, format, 0, keepPlaces);

    const QString scratch = scratchFolder();
    if (scratch.isEmpty())
        return fail(tr("no private folder for the editor's copy"));
    const QString tmp = scratch + QLatin1Char('/') + QFileInfo(file).fileName();
    {
        QFile out(tmp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            QDir(scratch).removeRecursively();
            return fail(tr("cannot create %1: %2").arg(tmp, out.errorString()));
        }
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(plain.chars(), qint64(plain.size()));
    }
    QString editor = qEnvironmentVariable("SOPS_EDITOR");
    if (editor.isEmpty())
        editor = qEnvironmentVariable("EDITOR");
    if (editor.isEmpty())
        editor = QStringLiteral("vi");
    QStringList argv = SopsIdentitySources::splitCommand(editor);
    const int status = QProcess::execute(argv.first(), argv.mid(1) + QStringList{tmp});
    SecureBuffer edited;
    {
        QFile in(tmp);
        if (in.open(QIODevice::ReadOnly)) {
            edited = SecureBuffer(std::size_t(in.size()));
            in.read(reinterpret_cast<char*>(edited.data()), qint64(edited.size()));
        }
    }
    shred(tmp);
    QDir(scratch).removeRecursively();
    if (status != 0)
        return fail(tr("the editor exited with status %1; %2 is unchanged").arg(status).arg(file));
    if (edited == plain) {
        QTextStream(stderr) << tr("fleetdesk sops: %1 has not changed").arg(file) << '\n';
        return 0;
    }
    auto newTree = SopsFile::parse(edited.byteView(), format, file);
    if (!newTree)
        return fail(tr("the edited text is not valid (%1); %2 is unchanged").arg(newTree.error().message, file));
    SopsMetadata meta = **metadata;
    if (auto r = SopsFile::encryptTree(*newTree, meta, *key, QDateTime::currentDateTimeUtc(), &stash); !r)
        return failWith(r.error());
    SopsFile::insertMetadata(*newTree, meta);
    const bool regex = !meta.selection.encryptedCommentRegex.isEmpty() || !meta.selection.unencryptedCommentRegex.isEmpty();
    const QByteArray enc = SopsFile::write(*newTree, format, 0, regex).toByteArray();
    if (auto w = writeOutput(file, enc.constData(), enc.size()); !w)
        return failWith(w.error());
    return 0;
}

int runUpdateKeys(const QStringList& args)
{
    QCommandLineParser p;
    Common c;
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask (accepted for sops "
                                                                                  "compatibility; never asks)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
    p.addOptions({c.config, yes, dryRun});
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"),
                            tr("Files to update, or a folder: every SOPS file below it that matches a rule."),
                            QStringLiteral("PATH..."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops updatekeys")} + args); code >= 0)
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(tr("updatekeys: expected at least one PATH"), 2);
    auto ids = identities();
    if (!ids)
        return failWith(ids.error());
    QList<SopsKeyRotation::FileUpdate> changes;
    for (const QString& path : p.positionalArguments()) {
        if (QFileInfo(path).isDir()) {
            const auto configPath = SopsConfig::locate(path + QStringLiteral("/x"), p.value(c.config), false);
            if (!configPath)
                return fail(tr("%1: no .sops.yaml found").arg(path));
            auto config = SopsConfig::load(*configPath);
            if (!config)
                return failWith(config.error());
            auto all = SopsKeyRotation::updateAll(*config, *ids, false);
            if (!all)
                return failWith(all.error());
            changes += *all;
            continue;
        }
        auto rule = ruleFor(path, p.value(c.config));
        if (!rule)
            return failWith(rule.error());
        if (!*rule)
            return fail(tr("%1: no .sops.yaml with creation rules found").arg(path));
        auto input = readInput(path);
        if (!input)
            return failWith(input.error());
        const auto format = SopsFile::formatForPath(path);
        auto out = SopsKeyRotation::updateKeys(*input, format, *ids, (*rule)->second.keyGroups,
                                               (*rule)->second.shamirThreshold, path,
                                               format == SopsFile::Format::Json ? (*rule)->first.jsonIndent
                                                                                : (*rule)->first.yamlIndent);
        if (!out)
            return failWith(out.error());
        if (out->changed)
            changes.append({path, out->content});
        else
            QTextStream(stderr) << tr("%1: already up to date").arg(path) << '\n';
    }
    if (!p.isSet(dryRun))
        if (auto w = SopsKeyRotation::writeFiles(changes); !w)
            return failWith(w.error());
    for (const auto& ch : changes)
        QTextStream(stdout) << (p.isSet(dryRun) ? tr("would update %1") : tr("updated %1")).arg(ch.path) << '\n';
    return 0;
}

int runRotate(const QStringList& args)
{
    QCommandLineParser p;
    Common c;
    const QCommandLineOption add(QStringLiteral("add-age"), tr("Add an age recipient."), QStringLiteral("RECIPIENT"));
    const QCommandLineOption remove(QStringLiteral("rm-age"), tr("Remove an age recipient (rotates the data key)."),
                                    QStringLiteral("RECIPIENT"));
    p.addOptions({c.inPlace, c.output, add, remove});
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The SOPS-encrypted file."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops rotate")} + args); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return fail(tr("rotate: expected exactly one FILE"), 2);
    const QString file = p.positionalArguments().first();
    auto input = readInput(file);
    if (!input)
        return failWith(input.error());
    auto ids = identities();
    if (!ids)
        return failWith(ids.error());
    const auto format = SopsFile::formatForPath(file);
    QByteArray content = *input;
    if (p.isSet(add)) {
        auto r = AgeRecipient::parse(p.value(add));
        if (!r)
            return failWith(r.error());
        auto out = SopsKeyRotation::addRecipient(content, format, *ids, *r, file);
        if (!out)
            return failWith(out.error());
        content = *out;
    }
    if (p.isSet(remove)) {
        auto r = AgeRecipient::parse(p.value(remove));
        if (!r)
            return failWith(r.error());
        auto out = SopsKeyRotation::removeRecipient(content, format, *ids, *r, file);
        if (!out)
            return failWith(out.error());
        content = *out;
    }
    if (!p.isSet(add) && !p.isSet(remove)) {
        auto tree = SopsFile::parse(content, format, file);
        if (!tree)
            return failWith(tree.error());
        auto meta = SopsFile::extractMetadata(*tree, file);
        if (!meta || !*meta)
            return fail(tr("%1: not a SOPS-encrypted file").arg(file));
        QList<QList<AgeRecipient>> groups;
        for (const SopsKeyGroup& g : (*meta)->keyGroups) {
            QList<AgeRecipient> list;
            for (const SopsAgeKey& k : g.age)
                if (auto r = AgeRecipient::parse(k.recipient))
                    list.append(*r);
            groups.append(list);
        }
        auto out = SopsKeyRotation::rotate(content, format, *ids, groups, (*meta)->shamirThreshold, file);
        if (!out)
            return failWith(out.error());
        content = *out;
    }
    if (auto w = writeOutput(destination(p, c, file), content.constData(), content.size()); !w)
        return failWith(w.error());
    return 0;
}

} // namespace

namespace {

// fleetdesk sops identity add [FILE|-] [--generate] | remove RECIPIENT | list: identities kept in the keychain.
int runIdentity(const QStringList& args)
{
    QCommandLineParser p;
    QCommandLineOption generate{QStringLiteral("generate"), tr("add: make a new identity instead of reading one.")};
    p.addOption(generate);
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ACTION"), tr("add, remove or list."));
    p.addPositionalArgument(QStringLiteral("ARGUMENT"),
                            tr("add: a keys.txt file, or - for standard input; remove: the age1... recipient."));
    if (const int code = parse(p, QStringList{QStringLiteral("fleetdesk sops identity")} + args); code >= 0)
        return code;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    QString unavailable;
    const std::unique_ptr<SecretStore> store = CommandsModule::keychain(&unavailable);
    if (!store)
        return fail(unavailable.isEmpty() ? tr("this Fleetdesk was built without QtKeychain, so it cannot keep "
                                               "identities in the keychain")
                                          : unavailable);
    SecretStore& keychain = *store;
    if (action == QLatin1String("list") && positional.size() == 1) {
        auto stored = KeychainAgeIdentities::list(keychain);
        if (!stored)
            return failWith(stored.error());
        QTextStream out(stdout);
        for (const AgeIdentity& identity : *stored)
            out << identity.recipient().toString() << '\n';
        return 0;
    }
    if (action == QLatin1String("add") && (positional.size() == 2) != p.isSet(generate)) {
        QList<AgeIdentity> identities;
        if (p.isSet(generate)) {
            identities.append(AgeIdentity::generate());
        } else {
            const QString source = positional.at(1);
            QFile in;
            const bool opened = source == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                             : (in.setFileName(source), in.open(QIODevice::ReadOnly));
            if (!opened)
                return fail(tr("cannot read %1: %2").arg(source, in.errorString()));
            QByteArray bytes = in.read(qint64(AgeKeyFile::kMaxSize));
            const SecureBuffer text = SecureBuffer::fromView(bytes);
            bytes.fill('\0');
            auto parsed = AgeKeyFile::parse(text, source == QLatin1String("-") ? tr("standard input") : source, true);
            if (!parsed)
                return failWith(parsed.error());
            if (parsed->isEmpty())
                return fail(tr("%1 holds no age identity").arg(source));
            identities = *parsed;
        }
        QTextStream out(stdout);
        for (const AgeIdentity& identity : identities) {
            auto added = KeychainAgeIdentities::add(keychain, identity);
            if (!added)
                return failWith(added.error());
            out << (*added ? tr("added %1") : tr("already stored: %1")).arg(identity.recipient().toString()) << '\n';
        }
        return 0;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        auto recipient = AgeRecipient::parse(positional.at(1));
        if (!recipient)
            return failWith(recipient.error());
        auto removed = KeychainAgeIdentities::remove(keychain, *recipient);
        if (!removed)
            return failWith(removed.error());
        if (!*removed)
            return fail(tr("no identity for %1 is stored in the keychain").arg(positional.at(1)));
        QTextStream(stdout) << tr("removed %1").arg(positional.at(1)) << '\n';
        return 0;
    }
    return fail(tr("usage: fleetdesk sops identity add FILE|-|--generate, remove RECIPIENT, or list"), 2);
}

} // namespace

bool SopsCommand::handles(const QStringList& arguments)
{
    return !arguments.isEmpty() && arguments.constFirst() == QLatin1String("sops");
}

int SopsCommand::run(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (sub == QLatin1String("encrypt"))
        return runEncrypt(rest);
    if (sub == QLatin1String("decrypt"))
        return runDecrypt(rest);
    if (sub == QLatin1String("edit"))
        return runEdit(rest);
    if (sub == QLatin1String("updatekeys"))
        return runUpdateKeys(rest);
    if (sub == QLatin1String("rotate"))
        return runRotate(rest);
    if (sub == QLatin1String("identity"))
        return runIdentity(rest);
    return fail(tr("usage: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH], "
                   "or fleetdesk sops identity add|remove|list"),
                2);
}
