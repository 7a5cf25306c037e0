"""Packages interoperate with OpenSSL in both directions (SPEC §2), using the real keys.

Ministry side: ``openssl cms -decrypt`` then ``openssl cms -verify -CAfile root.pem -purpose
smimesign`` — exactly the commands of SPEC §2 — yield the very ZIP our own code decrypts and
verifies. Province side: a package signed and enveloped by ``openssl cms`` with a province's real
key imports like one of ours.
"""

from __future__ import annotations

import io
import shlex
import shutil
import subprocess
import zipfile
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization

from desktop.secrets import SERVICE
from desktop.services import pki as pki_service
from desktop.services.package_intake import import_package
from exporters import package, pki
from exporters.cms import IntlSuite
from tests.pkiworld import World

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")

SUITE = IntlSuite()
PAYLOAD_FILES = {"manifest.json", "data.json", "annex1.xlsx", "annex3.xlsx", "annex4.xlsx", "cover.pdf"}


def openssl(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *map(str, args)], cwd=cwd, capture_output=True, timeout=60, check=False)


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """A command line exactly as written (SPEC §2), run in ``cwd``."""
    return subprocess.run(shlex.split(command), cwd=cwd, capture_output=True, timeout=60, check=False)


def write_key(stored: pki_service.StoredKey, target: Path) -> Path:
    """The private key as an unencrypted PEM (tmp_path only: this is the test's copy)."""
    target.write_bytes(
        stored.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return target


def our_payload(world: World, data: bytes) -> bytes:
    stored = pki_service.keystore(world.ministry).load(pki_service.KEY_ENC)
    assert stored.cert is not None
    return SUITE.read_signed(SUITE.decrypt(data, stored.cert, stored.key)).payload


def test_openssl_decrypts_and_verifies_an_exported_package(world: World, tmp_path: Path) -> None:
    world.fill("P14", 3)
    exported = world.export("P14")
    work = tmp_path / "openssl"
    work.mkdir()
    shutil.copy(exported.path, work / "P.p7m")
    public = world.ministry.home / "pki"
    shutil.copy(public / "root.pem", work / "root.pem")
    shutil.copy(public / "ministry-enc.pem", work / "enc.pem")
    write_key(pki_service.keystore(world.ministry).load("ministry-enc"), work / "enc.key")

    decrypt = run(
        "openssl cms -decrypt -binary -inform DER -in P.p7m -recip enc.pem -inkey enc.key -out signed.der",
        cwd=work,
    )
    assert decrypt.returncode == 0, decrypt.stderr.decode()
    verify = run(
        "openssl cms -verify -binary -inform DER -in signed.der -CAfile root.pem -purpose smimesign -out payload.zip",
        cwd=work,
    )
    assert verify.returncode == 0, verify.stderr.decode()
    assert b"Verification successful" in verify.stderr

    payload = (work / "payload.zip").read_bytes()
    assert payload == our_payload(world, exported.path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert set(archive.namelist()) == PAYLOAD_FILES
        assert archive.testzip() is None
    contents = package.read(payload)
    package.verify_hashes(contents)
    assert contents.manifest["unit_code"] == "P14"
    assert contents.manifest["recipient"] == pki.fingerprint(
        pki.load_certificates((public / "ministry-enc.pem").read_bytes())[0]
    )


def test_openssl_decrypts_with_the_encrypted_pkcs12_itself(world: World, tmp_path: Path) -> None:
    """The ministry's key file is a standard encrypted PKCS#12 that openssl opens with the
    passphrase from the keyring; no unencrypted key is needed."""
    world.fill("P14", 1)
    exported = world.export("P14")
    p12 = world.ministry.home / "keys" / "ministry-enc.p12"
    secret = keyring.get_password(SERVICE, f"{world.ministry.config.install_id}:key:ministry-enc")
    assert secret
    passfile = tmp_path / "pass.txt"
    passfile.write_text(secret)
    key_pem = openssl(
        "pkcs12",
        "-in",
        p12,
        "-nocerts",
        "-nodes",
        "-passin",
        f"file:{passfile}",
        "-out",
        "enc.key",
        cwd=tmp_path,
    )
    assert key_pem.returncode == 0, key_pem.stderr.decode()
    decrypt = openssl(
        "cms", "-decrypt", "-binary", "-inform", "DER", "-in", exported.path,
        "-recip", world.ministry.home / "pki" / "ministry-enc.pem", "-inkey", "enc.key", "-out", "signed.der",
        cwd=tmp_path,
    )  # fmt: skip
    assert decrypt.returncode == 0, decrypt.stderr.decode()
    signed = (tmp_path / "signed.der").read_bytes()
    assert SUITE.read_signed(signed).payload == our_payload(world, exported.path.read_bytes())


def test_openssl_refuses_a_package_signed_under_a_look_alike_root(world: World, tmp_path: Path) -> None:
    """Cross-check of the chain rule: openssl too rejects a signer from a root with the same name."""
    world.fill("P14", 1)
    exported = world.export("P14")
    root = pki.load_certificates((world.ministry.home / "pki" / "root.pem").read_bytes())[0]
    fake_key, fake_root = pki.create_root(pki.common_name(root))
    key = pki.new_signing_key()
    forged = pki.issue_unit_certificate(
        pki.create_request(key, "P14", "山西省安全生产监督管理局"), fake_key, fake_root, "P14"
    )
    signed = SUITE.sign(our_payload(world, exported.path.read_bytes()), forged, key)
    (tmp_path / "s.der").write_bytes(signed)
    shutil.copy(world.ministry.home / "pki" / "root.pem", tmp_path / "root.pem")
    verify = run(
        "openssl cms -verify -binary -inform DER -in s.der -CAfile root.pem -purpose smimesign -out p.zip",
        cwd=tmp_path,
    )
    assert verify.returncode != 0


def test_package_signed_and_enveloped_by_openssl_imports(world: World, tmp_path: Path) -> None:
    world.fill("P14", 3)
    exported = world.export("P14")
    work = tmp_path / "openssl"
    work.mkdir()
    (work / "payload.zip").write_bytes(our_payload(world, exported.path.read_bytes()))
    unit = pki_service.keystore(world.province("P14")).load("unit-sign")
    assert unit.cert is not None
    (work / "prov.pem").write_bytes(pki.pem(unit.cert))
    write_key(unit, work / "prov.key")
    shutil.copy(world.ministry.home / "pki" / "ministry-enc.pem", work / "ministry-enc.pem")

    sign = run(
        "openssl cms -sign -binary -nodetach -md sha256 -in payload.zip -signer prov.pem -inkey prov.key -outform DER -out s.der",
        cwd=work,
    )
    assert sign.returncode == 0, sign.stderr.decode()
    encrypt = run(
        "openssl cms -encrypt -binary -aes-256-cbc -in s.der -outform DER -out e.p7m ministry-enc.pem",
        cwd=work,
    )
    assert encrypt.returncode == 0, encrypt.stderr.decode()
    data = (work / "e.p7m").read_bytes()
    assert data != exported.path.read_bytes()

    result = import_package(world.ministry, data, exported.path.name)
    assert result.status == "imported", result.message
    assert result.inspection.ok
    assert result.imported == 3
    assert result.inspection.signer is not None
    assert pki.fingerprint(result.inspection.signer) == pki.fingerprint(unit.cert)
    archived = list((world.ministry.home / "archive" / "packages" / "P14").iterdir())
    assert [a.read_bytes() for a in archived] == [data]


def test_openssl_envelope_to_another_certificate_is_refused(world: World, tmp_path: Path) -> None:
    """openssl encrypting to the province's own certificate (a mistake): the ministry cannot open it."""
    world.fill("P14", 1)
    exported = world.export("P14")
    unit = pki_service.keystore(world.province("P14")).load("unit-sign")
    assert unit.cert is not None
    _other_key, other = pki.create_ministry_encryption(*pki.create_root())
    (tmp_path / "payload.der").write_bytes(
        SUITE.sign(our_payload(world, exported.path.read_bytes()), unit.cert, unit.key)
    )
    (tmp_path / "other.pem").write_bytes(pki.pem(other))
    encrypt = run(
        "openssl cms -encrypt -binary -aes-256-cbc -in payload.der -outform DER -out e.p7m other.pem",
        cwd=tmp_path,
    )
    assert encrypt.returncode == 0, encrypt.stderr.decode()
    result = import_package(world.ministry, (tmp_path / "e.p7m").read_bytes(), exported.path.name)
    assert result.status == "refused"
    assert result.inspection.failure is not None
    assert result.inspection.failure.check == "decrypt"
    assert "收件人" in result.message
