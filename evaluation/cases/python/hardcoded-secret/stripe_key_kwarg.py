import stripe


def configure():
    stripe.api_key = "sk_live_51Hx9QmLkP3vR8tZ2yW6nB4cD"  # expect: hardcoded-secret
    return stripe
