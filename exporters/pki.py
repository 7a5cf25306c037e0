"""Certificates for the package exchange: the ministry's root CA, its encryption and signing
certificates, units' certificate requests and certificates, revocation lists, PKCS#12 files.

Profile (docs/SECURITY.md): root EC P-384 (CA, keyCertSign+cRLSign); ministry encryption RSA-3072
(keyEncipherment, emailProtection) — RSA because CMS key transport needs it; ministry signing and
unit signing EC P-256 (digitalSignature+nonRepudiation, emailProtection). A unit certificate names
its reporting unit in the subject's serialNumber attribute; the ministry's registry pins each
certificate's SHA-256 fingerprint to a unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from models.errors import UserError

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

ORGANISATION = "应急管理部"
ROOT_DAYS = 20 * 366
MINISTRY_DAYS = 10 * 366
UNIT_DAYS = 5 * 366


class PkiError(UserError):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_signing_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def new_encryption_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def unit_code_of(cert: x509.Certificate | x509.CertificateSigningRequest) -> str:
    values = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(values[0].value) if values else ""


def common_name(cert: x509.Certificate | x509.CertificateSigningRequest) -> str:
    values = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else ""


def _name(common: str, unit_code: str = "") -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ]
    if unit_code:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code))
    return x509.Name(attrs)


def _key_usage(*, sign: bool = False, encipher: bool = False, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=encipher,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def create_root(common: str = "诚信台账根证书") -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP384R1())
    name = _name(common)
    now = utcnow()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=ROOT_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA384())
    )
    return key, cert


def _issue(
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    issuer_key: PrivateKey,
    issuer: x509.Certificate,
    usage: x509.KeyUsage,
    days: int,
) -> x509.Certificate:
    now = utcnow()
    not_after = min(now + dt.timedelta(days=days), issuer.not_valid_after_utc)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
        .sign(
            issuer_key,
            hashes.SHA384() if isinstance(issuer_key, ec.EllipticCurvePrivateKey) else hashes.SHA256(),
        )
    )


def create_ministry_encryption(
    root_key: PrivateKey, root: x509.Certificate, common: str = "应急管理部办公厅（报送包加密）"
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = new_encryption_key()
    cert = _issue(
        _name(common, "HQ-BGT"), key.public_key(), root_key, root, _key_usage(encipher=True), MINISTRY_DAYS
    )
    return key, cert


def create_signing_certificate(
    root_key: PrivateKey, root: x509.Certificate, common: str, unit_code: str, days: int = MINISTRY_DAYS
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = new_signing_key()
    cert = _issue(_name(common, unit_code), key.public_key(), root_key, root, _key_usage(sign=True), days)
    return key, cert


def create_request(key: PrivateKey, unit_code: str, unit_name: str) -> x509.CertificateSigningRequest:
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(f"{unit_name}（报送包签名）", unit_code))
        .sign(key, hashes.SHA256())
    )


def issue_unit_certificate(
    request: x509.CertificateSigningRequest,
    root_key: PrivateKey,
    root: x509.Certificate,
    unit_code: str,
    days: int = UNIT_DAYS,
) -> x509.Certificate:
    """Issue a unit's signing certificate from its request, after checking the request names the unit."""
    if not request.is_signature_valid:
        raise PkiError("证书申请文件的签名无效，文件可能已损坏或被改动。")
    requested = unit_code_of(request)
    if requested != unit_code:
        raise PkiError(f"证书申请文件是“{requested or '未注明单位'}”的，不是“{unit_code}”的。")
    public_key = request.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise PkiError("证书申请使用了不支持的密钥类型（仅支持 EC P-256 或 RSA-3072）。")
    return _issue(request.subject, public_key, root_key, root, _key_usage(sign=True), days)


@dataclass(frozen=True)
class Revocation:
    serial: int
    revoked_at: dt.datetime
    reason: x509.ReasonFlags


def build_crl(
    root_key: PrivateKey, root: x509.Certificate, revoked: list[Revocation], number: int, days: int = 31
) -> x509.CertificateRevocationList:
    now = utcnow()
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now)
        .next_update(now + dt.timedelta(days=days))
        .add_extension(x509.CRLNumber(number), critical=False)
    )
    for entry in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revoked_at)
            .add_extension(x509.CRLReason(entry.reason), critical=False)
            .build()
        )
    return builder.sign(root_key, hashes.SHA384())


# ----------------------------------------------------------------------------- serialisation


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_certificates(data: bytes) -> list[x509.Certificate]:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise PkiError(f"证书文件无法读取：{exc}") from exc


def load_request(data: bytes) -> x509.CertificateSigningRequest:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_csr(data)
        return x509.load_der_x509_csr(data)
    except ValueError as exc:
        raise PkiError(f"证书申请文件无法读取：{exc}") from exc


def load_crl(data: bytes) -> x509.CertificateRevocationList:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as exc:
        raise PkiError(f"证书吊销列表无法读取：{exc}") from exc


def pkcs12_bytes(
    name: str, key: PrivateKey, cert: x509.Certificate, cas: list[x509.Certificate], passphrase: str
) -> bytes:
    """An encrypted PKCS#12 (PBES2, PBKDF2-SHA256 100 000 rounds, AES-256-CBC) that openssl reads."""
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(100_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, cert, cas or None, encryption)


def read_pkcs12(
    data: bytes, passphrase: str
) -> tuple[PrivateKey, x509.Certificate | None, list[x509.Certificate]]:
    """Key, certificate (None while a request is pending) and chain of an encrypted PKCS#12."""
    try:
        key, cert, cas = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise PkiError("密钥文件口令不正确，或文件已损坏。") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise PkiError("密钥文件中没有可用的私钥。")
    return key, cert, list(cas)
