#include "WindowCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace WindowCommandLine {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fleetdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
}

Options describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Fleetdesk: a desktop console for Flux v2 GitOps fleets.\n\n"
        "Commands that need no display:\n"
        "  fleetdesk lint PATH [--format text|json|sarif]   check tenant isolation; exits 1 on errors\n"
        "  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]\n"
        "                                                   write a demo fleet of Git repositories\n"
        "  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]\n"
        "                                                   SOPS with age, like the sops commands\n"
        "  fleetdesk sops identity add FILE|-|--generate | remove RECIPIENT | list\n"
        "                                                   age identities kept in the keychain\n"
        "  fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [KUSTOMIZATION...]\n"
        "                                                   what Flux would create, change and prune (exit 1 on drift)\n"
        "  fleetdesk build PATH [--native-only]             kustomize build of a directory, natively\n"
        "  fleetdesk status [--context C] [--all-contexts] [--workspace DIR] [--format table|json]\n"
        "                                                   live Flux status across clusters, controller health,\n"
        "                                                   behind/ahead of the local checkout\n"
        "  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]\n"
        "                                                   Flux actions with the flux CLI's semantics\n\n"
        "Without a command, opens the window on PATH (a platform repository), or on the demo fleet with --demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(QStringLiteral("demo"),
                           QCoreApplication::translate(
                               "main", "Open the demo fleet (created under the user's data folder if missing).")),
        QCommandLineOption(QStringLiteral("screenshot"),
                           QCoreApplication::translate("main", "Open PATH (or --demo), wait until the tree is loaded, "
                                                               "save a PNG of the window to FILE and exit."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("screenshot-delay"),
                           QCoreApplication::translate(
                               "main", "With --screenshot: wait MS milliseconds after the tree is loaded, so that "
                                       "live cluster state can arrive (default 300)."),
                           QStringLiteral("MS"), QStringLiteral("300")),
    };
    parser.addOption(options.demo);
    parser.addOption(options.screenshot);
    parser.addOption(options.screenshotDelay);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("main", "A platform repository to open."),
                                 QStringLiteral("[PATH]"));
    return options;
}

} // namespace WindowCommandLine
