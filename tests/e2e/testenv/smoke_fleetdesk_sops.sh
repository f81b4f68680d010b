#!/usr/bin/env bash
# A Secret encrypted by Fleetdesk's native SOPS (`fleetdesk sops encrypt`, no sops binary) is decrypted by
# kustomize-controller in the cluster.
source "$(dirname "$0")/lib.sh"
command -v age-keygen >/dev/null || fail "age-keygen not found (apt-get install age)"
[[ -x ${FLEETDESK_BIN:-} ]] || fail "FLEETDESK_BIN is not set to the built fleetdesk executable"
ns=e2e-fdsops-$E2E_ID name=e2e-fdsops-$E2E_ID
e2e_repo "$name"
step "age key and a Secret encrypted by fleetdesk sops"
age-keygen -o "$E2E_TMP/age.key" 2>/dev/null
recipient=$(age-keygen -y "$E2E_TMP/age.key")
plain="s3cr3t-$RANDOM$RANDOM"
cat >"$E2E_TMP/secret.yaml" <<YAML
apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
stringData:
  password: $plain
YAML
(cd "$E2E_TMP" && "$FLEETDESK_BIN" sops encrypt --age "$recipient" --encrypted-regex '^(data|stringData)$' \
  --input-type yaml "$E2E_TMP/secret.yaml") >"$E2E_TMP/$name/deploy/secret.sops.yaml"
grep -q "ENC\[AES256_GCM" "$E2E_TMP/$name/deploy/secret.sops.yaml" || fail "sops output not encrypted"
! grep -q "$plain" "$E2E_TMP/$name/deploy/secret.sops.yaml" || fail "plaintext in encrypted file"
echo "- secret.sops.yaml" >>"$E2E_TMP/$name/deploy/kustomization.yaml"
git -C "$E2E_TMP/$name" add -A && git_c -C "$E2E_TMP/$name" commit -qm "Add encrypted DB credentials"
e2e_push "$name"
step "decryption Secret sops-age and Kustomization with spec.decryption"
kubectl create namespace "$ns" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
kubectl -n "$ns" create secret generic sops-age --from-file=age.agekey="$E2E_TMP/age.key" >/dev/null
e2e_sync "$ns" "$name" '  decryption:
    provider: sops
    secretRef:
      name: sops-age'
e2e_wait_applied "$ns" "$name" "$(e2e_head "$name")"
got=$(kubectl -n "$ns" get secret db-credentials -o jsonpath='{.data.password}' | base64 -d)
[[ $got == "$plain" ]] || fail "decrypted Secret does not hold the plaintext"
echo "Secret db-credentials decrypted in-cluster (value matches, not printed)"
