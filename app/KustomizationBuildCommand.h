#pragma once

#include <QStringList>

/// `fleetdesk build --kustomization NAME [--namespace NS] [--cluster C] [--workspace DIR]`: finds the Flux
/// Kustomization in the workspace's fleet and prints what kustomize-controller would apply for it (the generated
/// or amended kustomization.yaml, spec patches/images/components, post-build substitution, owner labels and
/// commonMetadata) as multi-document YAML. substituteFrom ConfigMaps and Secrets are read from the cluster when
/// the kubeconfig has a context named as the cluster; otherwise a required one is reported as missing. The source
/// is seen as source-controller archives it, with the spec.ignore of the source GitRepository found in Git. With
/// spec.decryption (provider sops), SOPS-encrypted inputs are decrypted in memory with the age identities
/// `fleetdesk sops` finds; when anything was decrypted, every Secret's values are printed masked, as
/// `flux build kustomization` masks SOPS data.
namespace KustomizationBuildCommand {

/// True for `build` arguments that ask for a Flux Kustomization (--kustomization).
bool handles(const QStringList& arguments);

/// Runs the command; returns the exit code (0 success, 1 failure, 2 bad usage).
int run(const QStringList& arguments);

} // namespace KustomizationBuildCommand
