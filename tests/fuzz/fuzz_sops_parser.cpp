// libFuzzer target: the SOPS stores (YAML, JSON, dotenv, INI), metadata extraction and the ENC[] value parser.
#include "sops/SopsFile.h"
#include "sops/SopsValueCipher.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace fleetdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    static const SecureBuffer key = SecureBuffer::fromView(QByteArray(32, 'k'));
    for (SopsFile::Format format : {SopsFile::Format::Yaml, SopsFile::Format::Json, SopsFile::Format::Dotenv,
                                     SopsFile::Format::Ini}) {
        auto tree = SopsFile::parse(input, format, QStringLiteral("fuzz"));
        if (!tree)
            continue;
        auto metadata = SopsFile::extractMetadata(*tree, QStringLiteral("fuzz"));
        if (metadata && *metadata)
            (void)SopsFile::decryptTree(*tree, **metadata, key, QStringLiteral("fuzz"));
        (void)SopsFile::write(*tree, format);
    }
    (void)SopsValueCipher::decrypt(input, key, QStringLiteral("a:"), QStringLiteral("fuzz"));
    return 0;
}
