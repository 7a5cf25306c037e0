"""Key custody and certificate life cycle (SPEC §2 "Keys"): private keys only in encrypted
PKCS#12 files, passphrases only in the keyring (or the user's passphrase where there is none),
backup and restore, rotation of the ministry's and of a unit's keys, the registry on the CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from keyring.backends import fail

from desktop.cli import main
from desktop.context import AppContext, open_context
from desktop.secrets import SERVICE, SecretUnavailable
from desktop.services import pki as pki_service
from desktop.services.package_export import ExportRefused
from desktop.services.package_intake import import_package
from desktop.services.setup import initialize
from exporters import pki
from exporters.cms import IntlSuite
from models.enums import CertPurpose, Edition
from models.errors import UserError
from tests.conftest import MemoryKeyring
from tests.pkiworld import World
from tests.test_package_security import keys_of, opened, rebuilt, seal

SUITE = IntlSuite()
_CJK = re.compile(r"[\u4e00-\u9fff]")


def openssl_pkcs12(p12: Path, passin: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["openssl", "pkcs12", "-info", "-noout", "-in", str(p12), "-passin", passin],
        capture_output=True,
        timeout=60,
        check=False,
    )


def files_under(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*") if p.is_file())


def secret_bytes(key: pki.PrivateKey) -> bytes:
    """Raw private key material that must never be found on disk unencrypted."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.private_numbers().private_value.to_bytes((key.curve.key_size + 7) // 8, "big")
    assert isinstance(key, rsa.RSAPrivateKey)
    p = key.private_numbers().p
    return p.to_bytes((p.bit_length() + 7) // 8, "big")


def account(ctx: AppContext, name: str) -> str:
    return f"{ctx.config.install_id}:key:{name}"


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """The test's in-memory keyring (installed by the autouse fixture in conftest)."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


# ----------------------------------------------------------------------------- custody


def test_private_keys_live_only_in_encrypted_pkcs12_files(
    world: World, memory_keyring: MemoryKeyring
) -> None:
    world.fill("P14", 1)
    world.export("P14")
    everything = list(files_under(world.root))
    assert not [p for p in everything if b"PRIVATE KEY" in p.read_bytes()]
    expected = [
        (world.ministry, {"root", "ministry-enc", "ministry-sign"}),
        (world.province("P14"), {"unit-sign"}),
        (world.province("C14"), {"unit-sign"}),
    ]
    for ctx, names in expected:
        folder = ctx.home / "keys"
        assert {p.name for p in folder.iterdir()} == {f"{n}.p12" for n in names}
        for name in names:
            p12 = folder / f"{name}.p12"
            secret = memory_keyring.store[(SERVICE, account(ctx, name))]
            assert len(secret) >= 40
            wrong = openssl_pkcs12(p12, "pass:wrong")
            assert wrong.returncode != 0
            right = openssl_pkcs12(p12, f"pass:{secret}")
            assert right.returncode == 0, right.stderr.decode()
            assert b"PBES2" in right.stderr
            raw = secret_bytes(pki_service.keystore(ctx).load(name).key)
            for path in everything:
                data = path.read_bytes()
                assert raw not in data, f"{name}'s private key in clear in {path}"
                assert secret.encode() not in data, f"{name}'s passphrase on disk in {path}"


def test_without_keyring_or_passphrase_the_keys_are_unavailable(world: World) -> None:
    world.fill("P14", 1)
    keyring.set_keyring(fail.Keyring())
    # A new session on a machine without keyring: keys unlocked in earlier sessions do not carry over.
    ctx = open_context(world.province("P14").home)
    ministry = open_context(world.ministry.home)
    assert ctx.passphrase is None
    with pytest.raises(SecretUnavailable) as raised:
        pki_service.keystore(ctx).load(pki_service.KEY_UNIT)
    message = str(raised.value)
    assert "密钥环" in message
    assert "口令" in message
    assert "CREDITLEDGER_PASSPHRASE_FILE" in message
    with pytest.raises(SecretUnavailable, match="口令"):
        pki_service.signing_key(ctx)
    with pytest.raises(SecretUnavailable, match="口令"):
        world.export("P14")
    with pytest.raises(SecretUnavailable, match="口令"):
        import_package(ministry, b"0" * 100, "x.p7m")
    ctx.close()
    ministry.close()


def test_passphrase_file_protects_the_keys_where_no_keyring_exists(
    world: World, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text("正确的口令 correct horse battery\n", encoding="utf-8")
    monkeypatch.setenv("CREDITLEDGER_PASSPHRASE_FILE", str(passfile))
    home = world.root / "P11"

    keyring.set_keyring(fail.Keyring())  # the province's machine has no keyring
    initialize(home, Edition.PROVINCIAL, "P11")
    ctx = open_context(home)
    world.provinces["P11"] = ctx
    request = pki_service.create_request(ctx, world.root / "P11.csr")
    keyring.set_keyring(memory_keyring)  # the ministry's has one
    pki_service.issue_certificate(world.ministry, request, "P11", world.root / "P11-bundle.pem")
    keyring.set_keyring(fail.Keyring())
    pki_service.install_bundle(ctx, world.root / "P11-bundle.pem")
    world.fill("P11", 2)
    exported = world.export("P11")

    p12 = home / "keys" / "unit-sign.p12"
    assert openssl_pkcs12(p12, f"file:{passfile}").returncode == 0
    assert openssl_pkcs12(p12, "pass:wrong").returncode != 0
    assert not [k for k in memory_keyring.store if k[1].startswith(ctx.config.install_id)]

    other = tmp_path / "other.txt"
    other.write_text("另一个口令 wrong one", encoding="utf-8")
    monkeypatch.setenv("CREDITLEDGER_PASSPHRASE_FILE", str(other))
    wrong = open_context(home)
    try:
        with pytest.raises(UserError, match="口令"):
            pki_service.keystore(wrong).load(pki_service.KEY_UNIT)
    finally:
        wrong.close()

    keyring.set_keyring(memory_keyring)
    result = import_package(world.ministry, exported.path.read_bytes(), exported.path.name)
    assert result.status == "imported", result.message
    assert result.imported == 2


def test_backup_wipe_restore_lets_the_province_export_again(
    world: World, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    ctx = world.province("P14")
    store = pki_service.keystore(ctx)
    _key, cert = pki_service.signing_key(ctx)
    backup = tmp_path / "keys-backup.zip"
    with pytest.raises(SecretUnavailable, match="8"):
        store.backup(backup, "short")
    assert store.backup(backup, "备份口令-2026-保管好") == ["unit-sign"]
    assert b"PRIVATE KEY" not in backup.read_bytes()
    with zipfile.ZipFile(backup) as archive:
        assert set(archive.namelist()) == {"backup.json", "unit-sign.p12"}
        (tmp_path / "b.p12").write_bytes(archive.read("unit-sign.p12"))
    assert openssl_pkcs12(tmp_path / "b.p12", "pass:备份口令-2026-保管好").returncode == 0
    assert openssl_pkcs12(tmp_path / "b.p12", "pass:wrong").returncode != 0

    # The machine is lost: keyring entries and key files gone.
    for entry in [
        k for k in memory_keyring.store if ":key:" in k[1] and k[1].startswith(ctx.config.install_id)
    ]:
        del memory_keyring.store[entry]
    ctx = open_context(ctx.home)  # the replacement machine starts a new session
    store = pki_service.keystore(ctx)
    with pytest.raises(SecretUnavailable, match="备份"):
        store.load(pki_service.KEY_UNIT)
    shutil.rmtree(ctx.home / "keys")
    world.fill("P14", 2)
    with pytest.raises(ExportRefused, match="签名证书"):
        world.export("P14")

    with pytest.raises(UserError, match="口令"):
        store.restore(backup, "错误的备份口令")
    assert not list((ctx.home / "keys").glob("*.p12"))
    assert store.restore(backup, "备份口令-2026-保管好") == ["unit-sign"]

    exported = world.export("P14")
    result = import_package(world.ministry, exported.path.read_bytes(), exported.path.name)
    assert result.status == "imported", result.message
    assert result.inspection.signer is not None
    assert pki.fingerprint(result.inspection.signer) == pki.fingerprint(cert)


def test_restore_refuses_key_names_that_leave_the_keys_folder(world: World, tmp_path: Path) -> None:
    """A backup file names its keys itself: a name with a path in it must not write elsewhere."""
    ctx = world.province("P14")
    stored = pki_service.keystore(ctx).load(pki_service.KEY_UNIT)
    assert stored.cert is not None
    crafted = tmp_path / "crafted-backup.zip"
    with zipfile.ZipFile(crafted, "w") as archive:
        archive.writestr(
            "backup.json", json.dumps({"format": "creditledger-key-backup/1", "keys": ["../escaped"]})
        )
        archive.writestr(
            "../escaped.p12", pki.pkcs12_bytes("x", stored.key, stored.cert, [], "备份口令-2026-保管好")
        )
    with pytest.raises(UserError):
        pki_service.keystore(ctx).restore(crafted, "备份口令-2026-保管好")
    assert not (ctx.home / "escaped.p12").exists()
    assert sorted(p.name for p in (ctx.home / "keys").iterdir()) == ["unit-sign.p12"]


# ----------------------------------------------------------------------------- rotation


def recipient_of(world: World, data: bytes) -> str:
    """The manifest's recipient, read with whichever of the ministry's keys opens the package."""
    for key, cert in pki_service.decryption_keys(world.ministry):
        try:
            return opened(data, (key, cert))[1].manifest["recipient"]
        except UserError:
            continue
    raise AssertionError("no ministry key opens the package")


def rerequest(world: World, code: str) -> None:
    """What a province does for a new certificate (and the ministry's current certificates)."""
    ctx = world.province(code)
    request = pki_service.create_request(ctx, world.root / f"{code}-again.csr")
    pki_service.issue_certificate(world.ministry, request, code, world.root / f"{code}-bundle-again.pem")
    pki_service.install_bundle(ctx, world.root / f"{code}-bundle-again.pem")


def test_ministry_encryption_rotation_keeps_old_packages_readable(world: World) -> None:
    world.fill("P14", 2)
    before = world.export("P14")  # encrypted to the certificate about to be retired
    old_enc = pki_service.trust(world.ministry).ministry_encryption
    assert old_enc is not None
    old_fp = pki.fingerprint(old_enc)

    new_fp = pki_service.rotate_ministry_key(world.ministry, CertPurpose.MINISTRY_ENCRYPTION)
    assert new_fp != old_fp
    published = pki.load_certificates((world.ministry.home / "pki" / "ministry-enc.pem").read_bytes())[0]
    assert pki.fingerprint(published) == new_fp
    names = pki_service.keystore(world.ministry).names()
    assert "ministry-enc" in names
    assert len([n for n in names if n.startswith("ministry-enc-")]) == 1
    assert {pki.fingerprint(c) for _k, c in pki_service.decryption_keys(world.ministry)} == {old_fp, new_fp}

    first = import_package(world.ministry, before.path.read_bytes(), before.path.name)
    assert first.status == "imported", first.message
    assert old_fp[:16] in first.inspection.checks[1].detail

    # Until it installs a new bundle the province still encrypts to the old certificate, which
    # the ministry can still open: nothing is lost, but the rotation is not effective yet.
    stale = world.export("P14")
    assert recipient_of(world, stale.path.read_bytes()) == old_fp
    second = import_package(world.ministry, stale.path.read_bytes(), stale.path.name)
    assert second.status == "imported", second.message

    rerequest(world, "P14")
    current = pki_service.trust(world.province("P14")).ministry_encryption
    assert current is not None
    assert pki.fingerprint(current) == new_fp
    fresh = world.export("P14")
    assert recipient_of(world, fresh.path.read_bytes()) == new_fp
    old_key = next(k for k, c in pki_service.decryption_keys(world.ministry) if pki.fingerprint(c) == old_fp)
    with pytest.raises(UserError):
        SUITE.decrypt(fresh.path.read_bytes(), old_enc, old_key)
    third = import_package(world.ministry, fresh.path.read_bytes(), fresh.path.name)
    assert third.status == "imported", third.message
    assert new_fp[:16] in third.inspection.checks[1].detail


def test_unit_key_rotation_keeps_old_packages_verifiable(world: World) -> None:
    world.fill("P14", 2)
    r1 = world.export("P14")
    _old_key, old_cert = pki_service.signing_key(world.province("P14"))

    rerequest(world, "P14")
    _new_key, new_cert = pki_service.signing_key(world.province("P14"))
    assert pki.fingerprint(new_cert) != pki.fingerprint(old_cert)
    retired = [n for n in pki_service.keystore(world.province("P14")).names() if n.startswith("unit-sign-")]
    assert len(retired) == 1
    r2 = world.export("P14")

    time.sleep(1.1)  # the old certificate is superseded strictly after r1 was signed
    pki_service.revoke(world.ministry, pki.fingerprint(old_cert), "superseded")

    first = import_package(world.ministry, r1.path.read_bytes(), r1.path.name)
    assert first.status == "imported", first.message
    assert first.inspection.signer is not None
    assert pki.fingerprint(first.inspection.signer) == pki.fingerprint(old_cert)
    second = import_package(world.ministry, r2.path.read_bytes(), r2.path.name)
    assert second.status == "imported", second.message
    assert second.inspection.signer is not None
    assert pki.fingerprint(second.inspection.signer) == pki.fingerprint(new_cert)

    # The superseded key signing now (after its revocation) is refused.
    keys = keys_of(world)
    old_key = pki_service.keystore(world.province("P14")).load(retired[0]).key
    _signed, contents = opened(r2.path.read_bytes(), keys.enc)
    data = {**contents.json("data.json"), "revision": 3}
    payload = rebuilt(
        contents,
        manifest={"revision": 3, "supersedes_sha256": r2.sha256},
        files={"data.json": json.dumps(data, ensure_ascii=False).encode("utf-8")},
    )
    late = import_package(world.ministry, seal(payload, (old_key, old_cert), keys.recipient), "P14_late.p7m")
    assert late.status == "refused"
    assert "吊销" in late.message


def test_cli_lists_the_certificate_registry_as_json(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--home", str(world.ministry.home), "pki", "list", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    principals = json.loads(out)["principals"]
    purposes = {(p["unit_code"], p["purpose"]) for p in principals}
    assert purposes == {
        ("HQ-BGT", "root"),
        ("HQ-BGT", "ministry_encryption"),
        ("HQ-BGT", "ministry_signing"),
        ("P14", "unit_signing"),
        ("C14", "unit_signing"),
    }
    _key, cert = pki_service.signing_key(world.province("P14"))
    p14 = next(p for p in principals if p["unit_code"] == "P14")
    assert p14["fingerprint"] == pki.fingerprint(cert)
    assert p14["revoked_at"] is None
    assert _CJK.search(p14["purpose_label"])

    pki_service.revoke(world.ministry, p14["fingerprint"][:12], "key_compromise")
    assert main(["--home", str(world.ministry.home), "pki", "list", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)["principals"]
    revoked = next(p for p in again if p["unit_code"] == "P14")
    assert revoked["revoked_at"] is not None
    assert revoked["revocation_reason"] == "key_compromise"
