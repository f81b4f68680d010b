#pragma once

#include <QStringList>

/// `fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate …`: the headless SOPS commands, behaving like the
/// matching sops subcommands for age with YAML, JSON and dotenv. They use the same .sops.yaml and identity lookup
/// as sops, exit non-zero with a precise message on failure, and write nothing unless everything succeeded
/// (files are replaced atomically).
namespace SopsCommand {

/// True when `arguments` (without the program name) start with "sops".
bool handles(const QStringList& arguments);

/// Runs the command; returns the exit code (0 success, 1 failure, 2 bad usage).
int run(const QStringList& arguments);

} // namespace SopsCommand
