"""Pulls partner RSS feeds into draft articles."""
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass

PARTNER_FEEDS = {
    "wire": "https://wire.example.com/rss/latest.xml",
    "sport": "https://sport-partner.example.net/feed.xml",
}


@dataclass
class FeedItem:
    title: str
    link: str
    summary: str


def fetch(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # vuln: ssrf
        return response.read()


def fetch_partner(name):
    with urllib.request.urlopen(PARTNER_FEEDS[name], timeout=10) as response:
        return response.read()


def parse(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return [
        FeedItem(
            title=item.findtext("title", ""),
            link=item.findtext("link", ""),
            summary=item.findtext("description", ""),
        )
        for item in root.iter("item")
    ]
