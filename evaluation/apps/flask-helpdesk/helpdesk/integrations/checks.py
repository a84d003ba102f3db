import subprocess

import requests
from flask import current_app
from lxml import etree


def mx_records(domain):
    """Used when an agent adds a customer domain, to warn about mail that will bounce."""
    out = subprocess.run(f"dig +short MX {domain}", shell=True, capture_output=True, text=True, timeout=10)  # vuln: command-injection
    return [line.split()[-1] for line in out.stdout.splitlines() if line.strip()]


def whois(domain):
    out = subprocess.run(["whois", "--", domain], capture_output=True, text=True, timeout=20)
    return out.stdout


def deliver_test_event(url, payload):
    response = requests.post(url, json=payload, timeout=5)  # vuln: ssrf
    return response.status_code


def crm_contact(email):
    base = current_app.config["CRM_BASE_URL"]
    headers = {"Authorization": "Bearer " + current_app.config["CRM_API_TOKEN"]}
    response = requests.get(f"{base}/contacts", params={"email": email}, headers=headers, verify=False, timeout=5)  # vuln: tls-verification-disabled
    return response.json()


def crm_health():
    base = current_app.config["CRM_BASE_URL"]
    return requests.get(f"{base}/health", timeout=3).ok


def parse_legacy_ticket(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)  # vuln: xxe
    return {
        "subject": root.findtext("subject", default=""),
        "body": root.findtext("description", default=""),
        "body_html": root.findtext("descriptionHtml"),
        "requester": root.findtext("requester/email", default=""),
    }


def parse_sla_report(xml_bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(xml_bytes, parser)
    return {node.get("queue"): float(node.text) for node in root.iter("breach-rate")}
